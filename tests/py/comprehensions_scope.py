def f():
    base = 10
    return [base + i for i in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    factor = 2
    return {x: [x * factor for _ in range(x)] for x in items}
print(g())
def h():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(h())
def walrus():
    data = [1, 5, 3, 8, 2]
    big = [y for x in data if (y := x * 2) > 5]
    return big, y
print(walrus())
def nested_closure():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[fn() for fn in row] for row in nested_closure()])
i = "module i"
res = [i for i in range(2)]
print(i, res)
class_like = {"n": 3}
print([class_like["n"] * k for k in range(class_like["n"])])
total = 0
vals = [total := total + v for v in [1, 2, 3, 4]]
print(vals, total)
