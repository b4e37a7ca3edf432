pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs, start=10):
    print(i, n, s)
for first, *rest in [[1, 2, 3], [4], "xyz"]:
    print(first, rest)
for *init, last in [(1, 2, 3), ("a", "b")]:
    print(init, last)
for a, (b, c), d in [(1, (2, 3), 4), ("w", "xy", "z")]:
    print(a, b, c, d)
d = {"x": [1, 2], "y": [3, 4]}
for k, (v1, v2) in d.items():
    print(k, v1 + v2)
for x, y in zip(range(3), "abcde"):
    print(x, y)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
items = [1, 2, 3, 4]
for i in range(len(items) - 1, -1, -1):
    if items[i] % 2 == 0:
        del items[i]
print(items)
for i in range(3):
    i = i * 100
    print(i)
