def memo(fn):
    def wrapper(n):
        if n not in wrapper.cache:
            wrapper.cache[n] = fn(n)
        return wrapper.cache[n]
    wrapper.cache = {}
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
fib.note = "hi"
print(fib.note, sorted(fib.__dict__))
del fib.note
print(hasattr(fib, "note"))
g = (x for x in "a")
print(g.__name__, g.__qualname__)
def gen():
    yield 1
print(gen().__name__)
