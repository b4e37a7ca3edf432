def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter(); c2 = make_counter()
print(c1(), c1(), c1(5), c2())
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21))
def trace(f):
    def w(*args, **kw):
        print("call", f.__name__, args, kw)
        return f(*args, **kw)
    return w
@trace
def area(w, h=1):
    return w * h
print(area(3, h=4))
