def memo(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            print("  cache hit", args)
            return cache[args]
        r = fn(*args)
        cache[args] = r
        return r
    return wrapper
@memo
def slow_square(n):
    print("  computing", n)
    return n * n
for n in [2, 3, 2, 2, 4, 3]:
    print(n, slow_square(n))
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(2, 2))
def timed_like(label):
    def deco(fn):
        def w(*a, **k):
            print(f"[{label}] start {a} {k}")
            try:
                return fn(*a, **k)
            finally:
                print(f"[{label}] end")
        return w
    return deco
@timed_like("div")
def div(a, b=1):
    return a / b
print(div(6, b=3))
try:
    div(1, 0)
except ZeroDivisionError as e:
    print("caught", e)
