def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))
print(f(a=1, c=2))
print(f(1, c=3, **{"b": 20}))
def g(**kw):
    return sorted(kw.items())
print(g(), g(x=1, y=2), g(**{"a": 1}, b=2))
def h(x, /, y, *, z):
    return x, y, z
print(h(1, 2, z=3), h(1, y=2, z=3))
for call in [lambda: h(x=1, y=2, z=3), lambda: h(1, 2, 3), lambda: h(1, 2), lambda: f(), lambda: f(1, c=1, a=2), lambda: g(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def defaults(x=[]):
    x.append(len(x))
    return x
print(defaults(), defaults(), defaults([9]))
def pos_and_kw(x, y=None, **kw):
    return x, y, kw
print(pos_and_kw(1, x2=2), pos_and_kw(y=1, x=0))
try:
    pos_and_kw(1, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
