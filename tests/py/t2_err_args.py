def f(a, b, c=3):
    return a + b + c
def g(*, key):
    return key
def h(x, /, y):
    return x, y
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: f(1))
attempt(lambda: f(1, 2, 3, 4))
attempt(lambda: f(1, 2, d=4))
attempt(lambda: f(1, 2, a=1))
attempt(lambda: g(1))
attempt(lambda: g())
attempt(lambda: g(key=5))
attempt(lambda: h(x=1, y=2))
attempt(lambda: h(1, y=2))
attempt(lambda: len())
attempt(lambda: len([1], [2]))
attempt(lambda: abs("x"))
attempt(lambda: range(1.5))
attempt(lambda: chr(-1))
attempt(lambda: ord("ab"))
attempt(lambda: int("10", 1))
attempt(lambda: list(5))
attempt(lambda: dict([1, 2]))
attempt(lambda: max([]))
attempt(lambda: min())
attempt(lambda: next(iter([])))
attempt(lambda: [].pop())
attempt(lambda: {}.popitem())
attempt(lambda: [1, 2].remove(3))
attempt(lambda: [1].index(2))
attempt(lambda: "abc".split(""))
attempt(lambda: set().remove(1))
