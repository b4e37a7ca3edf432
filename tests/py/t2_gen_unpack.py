def three():
    yield 1
    yield 2
    yield 3
a, b, c = three()
print(a, b, c)
first, *rest = three()
print(first, rest)
print(*three())
print([*three(), *three()])
print({*three()} == {1, 2, 3})
def f(*args):
    return args
print(f(*three()))
try:
    x, y = three()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z, w = three()
except ValueError as e:
    print(type(e).__name__, e)
print(list(three()) == [1, 2, 3], tuple(three()))
print(3 in three(), 7 in three())
