def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            def level4():
                return a + b + c
            return level4
        return level3
    return level2
print(level1()()()())
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = mid()
    f(); f()
    return x, f
val, fn = outer()
print(val, fn(), fn())
def make_pair():
    shared = {"n": 0}
    def up():
        shared["n"] += 1
        return shared["n"]
    def down():
        shared["n"] -= 1
        return shared["n"]
    return up, down
u, d = make_pair()
print(u(), u(), d(), u())
def curry(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a
print(curry(lambda x, y, z: x * 100 + y * 10 + z)(1)(2)(3))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80))
