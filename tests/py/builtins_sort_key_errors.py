# errors inside sort keys and comparisons, and sorted of mixed data
def bad_key(x):
    if x == 3:
        raise ValueError("no threes")
    return x
try:
    sorted([5, 3, 1], key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
data = [5, 3, 1]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, data)
try:
    sorted([1, None, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "2"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{1}, {2}, {1, 2}, set()])
    print(sorted([{1}, {2}, {1, 2}, set()], key=len))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{"a": 1}, {"b": 0}], key=lambda d: list(d.values())[0]))
print(sorted([3, 1, 2], key=lambda x: 0), sorted("bca", key=ord), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([(2, "x"), (1, "y"), (2, "a")], key=lambda p: p[0]), sorted([[3, 1], [2, 9], [3, 0]]))
print(sorted([True, False, 0, 1, -1]), sorted([0.5, 1, True, -2, 0]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted(["b", "B", "a", "A", "_", "1", " "]), sorted("Hello World"), sorted(["é", "e", "f", "E"]))
items = [("pear", 3), ("apple", 3), ("fig", 1), ("kiwi", 2)]
print(sorted(sorted(items), key=lambda x: x[1]), sorted(items, key=lambda x: (-x[1], x[0])))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda: 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(reverse=None)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([2, 1], reverse=0), sorted([2, 1], reverse=1), sorted(range(5), reverse=True))
