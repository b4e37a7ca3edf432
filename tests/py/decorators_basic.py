def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return str(result).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
calls = []
def trace(fn):
    def wrapper(*args):
        calls.append(args)
        return fn(*args)
    return wrapper
@trace
@shout
def add(a, b):
    return a + b
print(add(1, 2), add("x", "y"), calls)
def register(registry):
    def deco(fn):
        registry.append(fn)
        return fn
    return deco
handlers = []
@register(handlers)
def h1(): return "h1"
@register(handlers)
def h2(): return "h2"
print([h() for h in handlers])
def counted(fn):
    count = 0
    def wrapper(*a):
        nonlocal count
        count += 1
        return fn(*a), count
    return wrapper
@counted
def ident(x):
    return x
print(ident("a"), ident("b"), ident("c"))
@(lambda f: lambda *a: f(*a) * 10)
def base(x):
    return x
print(base(4))
