a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 10])))
print(a <= b, {3} <= a, {3} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 3}
print(sorted(c))
s = set()
s.add(1); s.add(1); s.add(2)
print(sorted(s), len(s))
s.discard(5); s.discard(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([]), {1, 1.0, True}, {0, False, 0.0}, len({1, 2, 2, 3, 3, 3}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
d = {1, 2}
d.update([3], (4,)); d.intersection_update({1, 2, 3}); d.difference_update({1}); d.symmetric_difference_update({3, 7})
print(sorted(d))
print({1, 2} == {2, 1}, {1} != {1.0}, set("aab") == {"a", "b"})
print(sorted({-5, 3, 0, 100, -100}))
