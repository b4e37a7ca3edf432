# calls with * and ** of the wrong kinds, and argument-binding errors
def f(*args, **kwargs):
    return args, kwargs

def g(a, b=2, *, c=3):
    return a, b, c

print(f(*[1, 2], *(3,), *"ab", *range(2)))
print(f(**{"x": 1}, **{"y": 2}))
print(f(*{1: 2, 3: 4}, **dict(z=5)))
print(g(*[1], **{"c": 9}))
for bad in (5, None, 3.5, True):
    try:
        f(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, b=2, **{"b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**5)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
print(f(*gen()), f(*iter([7])))
print(sorted(*[[3, 1, 2]]), max(*[4, 9, 2]))
