# evaluation order of operands, targets, comparisons and comprehensions, shown by a logging helper
log = []
def f(name, value):
    log.append(name)
    return value
d = {"k": [0, 0]}
f("a", d)[f("b", "k")][f("c", 1)] += f("d", 5)
print(d, log)
log.clear()
x = f("x", 1) < f("y", 2) < f("z", 0) < f("w", 3)
print(x, log)
log.clear()
r = f("p", 0) or f("q", "") or f("r", None)
print(r, log)
log.clear()
t = {f("k1", 1): f("v1", "a"), f("k2", 2): f("v2", "b")}
print(t, log)
log.clear()
print(f("a", 1) + f("b", 2) * f("c", 3), log)
log.clear()
lst = [f(str(i), i) for i in range(3) if f("cond" + str(i), i % 2 == 0)]
print(lst, log)
log.clear()
a, b = f("rhs1", 1), f("rhs2", 2)
print(log)
data = iter([3, 1, 4, 1, 5, 9, 0, 2])
total = 0
while (n := next(data)) != 0:
    total += n
print(total)
counter = 0
def inc():
    global counter
    counter += 1
    return counter
vals = [inc() for _ in range(3)] + [inc()]
print(vals, counter)
i = 0
items = ["a", "b", "c"]
items[i], i = "z", 2
print(items, i)
i = 0
i, items[i] = 2, "y"
print(items, i)
x = [1, 2, 3]
x[len(x):] = x
print(x)
def g():
    global newname
    newname = 1
    del newname
g()
print("newname" in globals())
z = 5
def h():
    global z
    del z
h()
try:
    z
except NameError as e:
    print(e)
print(f("pow1", 2) ** f("pow2", 3) ** f("pow3", 2), log[-3:])
