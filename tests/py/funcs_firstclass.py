def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](7, 3))
def compose(*fs):
    def run(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
print(list(map(add, [1, 2], [10, 20, 30])), list(map(str.upper, ["a", "b"])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda n: n % 2, range(10))))
print(callable(add), callable(5), callable(len), callable(str), callable(lambda: 1))
funcs = [add, sub, len, print]
print([type(fn).__name__ for fn in funcs])
print(repr(len), repr(print))
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(str.strip, 1, "  s  "))
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["bb", "a", "ccc"], key=len))
table = [(name, fn(10, 4)) for name, fn in [("add", add), ("sub", sub)]]
print(table)
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x, y=10: x + y)(1), (lambda: (yield_ := 5))())
