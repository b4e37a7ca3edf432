def g():
    x = yield 1
    print("x", x)
gen = g()
try:
    gen.throw(ValueError("before start"))
except ValueError as e:
    print(type(e).__name__, e)
print(next(gen, "dead"))
def h():
    yield 1
gen = h()
gen.close()
print(next(gen, "closed-before-start"))
def k():
    try:
        yield 1
    finally:
        return 5
gen = k(); next(gen)
try:
    gen.throw(KeyError("z"))
except StopIteration as e:
    print("swallowed", e.value)
def sub():
    return (yield)
def top():
    v = yield from sub()
    yield v
t = top(); next(t); print(t.send(42))
print(list(x for x in range(3) if x) + [y for y in (z*2 for z in range(3))])
gen = (1/x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(gen, "after-error"))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
def ys():
    yield from range(3)
    yield from (c for c in "xy")
print(list(ys()))
