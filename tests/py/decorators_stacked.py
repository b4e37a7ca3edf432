# function decorators: with arguments, stacked, counting calls, memoising, timing-free tracing
def trace(fn):
    depth = [0]
    def wrapper(*args, **kwargs):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        result = fn(*args, **kwargs)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))

@count_calls
def greet(name, punct="!"):
    return f"hi {name}{punct}"
print(greet("a"), greet("b", punct="?"), greet.calls, greet.__name__)

@repeat(3)
def shout(word):
    return word.upper()
print(shout("hey"))

@count_calls
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.calls, sorted(fib.__wrapped__.cache if hasattr(fib, "__wrapped__") else [])[:0])

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"argument {i} must be {t.__name__}, not {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@validate(int, str)
def label(n, s):
    return f"{s}#{n}"
print(label(3, "item"))
try:
    label("3", "item")
except TypeError as e:
    print(type(e).__name__, e)

registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("add")
def add(a, b):
    return a + b
@register("mul")
def mul(a, b):
    return a * b
print(sorted(registry), [registry[k](6, 7) for k in sorted(registry)], add(1, 1))
def deco_returns_other(fn):
    return len
@deco_returns_other
def replaced():
    return "never"
print(replaced([1, 2, 3]), replaced is len)
