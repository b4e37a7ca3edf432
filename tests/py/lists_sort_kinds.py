# sort with keys of one simple type (compared directly) and of mixed types
# (compared through <): the same order and the same errors either way.
import math
print(sorted([5, -3, 2**70, 0, -2**65, 7, True, False]))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted([-1, -5, 9999999999]))
print(sorted([2.5, -0.0, 0.0, -1e300, 1e-300, 3.0]), sorted([1, 2.5, 0, -1.5]))
n = float("nan")
print(sorted([3.0, n, 1.0, 2.0])[1:], sorted([n, 2.0, 1.0])[1:])
print(sorted(["b", "a", "é", "€", "😀", "", "ab", "A"]))
print(sorted(["zebra", "apple", "Apple", "apple pie", "apples"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (), (1, "a", 0)]))
print(sorted([(1.5, 2), (0.5, 9), (1.5, 1)]), sorted([("b", 1), ("a", 2), ("b", 0)]))
print(sorted([(1, 2), (1.0, 1), (True, 0)]))
recs = [("x", i % 3, i) for i in range(9)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (r[1], -r[2])))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
for bad in ([1, "a"], [(1, 2), (1, "x")], [1.0, "x"], [None, None]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=str.upper)
print(words)
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
fl = sorted(math.sin(i) for i in range(500))
print(fl[0] == min(fl), fl[-1] == max(fl))
nan = float("nan")
print(sorted([(1, 2.0), (1, 1), (1, 1.5)]))
print(sorted([(1, nan, 3), (1, nan, 2), (0, nan, 9)])[0][0], sorted([("a", 2), ("a", 1), ("", 5)]))
print(sorted([((1, 2), "b"), ((1, 1), "c"), ((0, 9), "a")]), sorted([(2**70, 1), (5, 2), (2**70, 0)]))
print(sorted([("b", "x"), ("b", "é"), ("a", "z"), ("b", "")]), sorted([(True, 1), (False, 2), (1, 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
