data = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print(sorted(data, key=lambda d: d["v"]))
print(sorted(data, key=lambda d: (d["v"], d["n"])))
print([d["n"] for d in sorted(data, key=lambda d: d["n"], reverse=True)])
print(sorted("The Quick brown Fox".split(), key=str.casefold))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 2, -1, 0], key=lambda x: x * x, reverse=True))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(max(["aa", "b", "cccc", "dd"], key=len), min(["aa", "b", "cccc", "dd"], key=len))
print(max([1, 5, 3], default=0), max([], default="empty"), min([], key=len, default=None))
print(max(3, 9, 4), min("z", "a", "m"), max([(1, "b"), (1, "a")]), max([[], [0]]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([0.5, -1, 3, True, False]), sorted([[2], [1, 5], [1]]), sorted(["b", "B", "a", "A", "_", "1"]))
