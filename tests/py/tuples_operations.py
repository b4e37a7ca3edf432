# tuples: immutability, packing, comparison, methods, as dict keys, and nesting
t = (3, 1, 4, 1, 5)
print(t, len(t), t[0], t[-1], t[1:3], t.count(1), t.index(4), t.index(1, 2))
print(t + (9,), t * 2, (0,) * 3, () * 5, 4 in t, 7 not in t, min(t), max(t), sum(t), sorted(t))
single = (42,)
not_tuple = (42)
print(type(single).__name__, type(not_tuple).__name__, single, (), tuple(), tuple("ab"), tuple([1, [2]]))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
nested = ([1, 2], "s")
nested[0].append(3)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") == (1, "a"), (1, 2) != (2, 1))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
grid = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(grid[(1, 0)], grid.get((5, 5), "?"), sorted(grid), (0, 1) in grid)
points = [(3, 4), (1, 1), (0, 5), (2, 2)]
print(sorted(points), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2), max(points, key=lambda p: p[1]))
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean, stats([1]))
record = ("Ada", 36, ("London", "UK"))
name, age, (city, country) = record
print(f"{name} ({age}) lives in {city}, {country}")
print(repr((1,)), repr(((),)), repr((None, True)), str(("a", 'b"c')), tuple(range(3)) == (0, 1, 2))
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), hash(()) == hash(tuple()), (1, 2) is not (1, 2) if False else True)
big = tuple(range(1000))
print(len(big), big[500:505], big[::250], big.count(999), sum(big))
print(tuple(x * x for x in range(5)), tuple(map(str, (1, 2))), tuple(zip("ab", (1, 2))))
print(list(enumerate(("x", "y")))), print(*("a", "b"), sep="-")
