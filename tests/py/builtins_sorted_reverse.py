# sorted and list.sort with key= and reverse=, stability, errors
data = [5, 2, 9, 1, 5, 6]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(data, key=lambda x: -x))
print(sorted("Banana"))
print(sorted("Banana", key=str.lower))
print(sorted(["b", "A", "c", "B"], key=str.casefold, reverse=True))
recs = [("amy", 3), ("bo", 1), ("cal", 3), ("dan", 2), ("eve", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted({"b": 1, "a": 2}))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted(set([3, 1, 2])))
print(sorted([]), sorted((), reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
print(sorted([3.5, -1, 2, True, 0.0]))
data.sort(reverse=True)
print(data)
data.sort(key=lambda x: x % 3)
print(data)
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted(words, key=None))
try:
    sorted([1, "x", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
