a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a.issubset(b), {3}.issubset(b), a.isdisjoint({9}))
a.add(10); a.discard(1); a.discard(99)
print(sorted(a))
c = set("mississippi")
print(sorted(c), len(c))
fs = frozenset([1, 2, 2])
print(sorted(fs), 2 in fs, type(fs).__name__)
print(sorted({x % 4 for x in range(20)}))
words = "the cat and the hat and the bat".split()
print(len(words), len(set(words)))
seen = set()
uniq = [w for w in words if not (w in seen or seen.add(w))]
print(uniq)
s = {1, 2}
s.update([3], (4,))
print(sorted(s), s.pop() in {1, 2, 3, 4})
print(set() == set(), {1} == frozenset({1}), set())
