# positional-only, keyword-only, defaults, *args/**kwargs, and binding errors
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

print(f(1, 2, 3, e=5), f(1, 2, c=3, e=5), f(1, 2, 3, 40, e=50, f=60))
for call in (lambda: f(1, 2), lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, 5, e=1),
             lambda: f(1, 2, 3, e=5, g=7), lambda: f(1, 2, 3, c=3, e=5), lambda: f()):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(), g(1, 2), g(a=1), g(1, b=2, **{"c": 3}), g(*range(3), **dict(z=0)))

def h(a, *args, b=2, **kw):
    return a, args, b, kw
print(h(1), h(1, 2, 3), h(1, b=5, c=6), h(a=0))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)

def posonly(x, y=10, /):
    return x + y
print(posonly(1), posonly(1, 2))
try:
    posonly(x=1)
except TypeError as e:
    print(type(e).__name__, e)

def kwonly(*, key, value=None):
    return {key: value}
print(kwonly(key="k"), kwonly(value=1, key="v"))
try:
    kwonly("k")
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly()
except TypeError as e:
    print(type(e).__name__, e)

def many(a, b, c, d):
    return a + b + c + d
try:
    many(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
def none_args():
    return "none"
try:
    none_args(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda x, *, y: x)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__defaults__, f.__kwdefaults__, f.__name__, g.__defaults__, h.__kwdefaults__)
apply = lambda fn, *a, **k: fn(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, x=1))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, abs, lambda n: n * 3)(-7), compose()(42))
def describe(name, *scores, sep=", ", **extra):
    avg = sum(scores) / len(scores) if scores else 0
    bits = [f"{k}={v}" for k, v in extra.items()]
    return sep.join([name, f"avg={avg:.1f}"] + bits)
print(describe("ann", 90, 80), describe("bo", sep=" | ", year=2), describe(*["cy", 1, 2, 3], **{"x": "y"}))
