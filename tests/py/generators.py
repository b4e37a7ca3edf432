def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(sum(x * x for x in range(10)))
print(list(x for x in "abc" if x != "b"))
def chain(*its):
    for it in its:
        r = yield from it
    return r
print(list(chain([1, 2], (3,), count(2))))
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
e = echo()
print(next(e), e.send(5), e.send(10))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in with_finally():
    print(v)
print(max(len(w) for w in ["a", "abc", "ab"]), any(c.isdigit() for c in "ab3"))
gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
