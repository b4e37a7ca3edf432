t = (1, "two", 3.0, None, [5])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
t[4].append(6)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (1, 2) * 3, (0,) * 0)
print(t.count(None), (1, 2, 1, 1).count(1), (5, 6, 7).index(7))
try:
    (1, 2).index(3)
except ValueError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), () < (0,), (2,) > (1, 100), (1, 2) == (1, 2))
a, b, c = (1, 2, 3)
print(a, b, c)
a, (b, c) = 1, (2, 3)
print(a, b, c)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(repr((1,)), str(("a",)), repr(((),)))
