# sets: operators, methods, frozensets, empty sets and errors
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, (4,)), a.difference([1], {2}), a.symmetric_difference(range(3)))
print(a <= a, a < a, {3} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
print(set(), set() == frozenset(), frozenset(), {frozenset(): 1}, len(set()))
print(sorted({"b", "a", "c"}), sorted(set("mississippi")), set("aab") == {"a", "b"})
c = set()
c.add(1)
c.add(1)
c.update([2, 3], "ab")
print(sorted(c, key=str))
c.discard(99)
c.remove("a")
try:
    c.remove("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(c, key=str), len(c))
c -= {1}
c |= {10}
c &= {2, 3, 10, "b"}
c ^= {3, 4}
print(sorted(c, key=str))
x = {5}
print(x.pop(), x)
try:
    x.pop()
except KeyError as e:
    print(type(e).__name__, e)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([{}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1} != {1.0}, {True, 1, 1.0}, {0, False, -0.0})
s = {(1, 2), (2, 1), (1, 2)}
print(sorted(s), (1, 2) in s, [1, 2] in [[1, 2]])
try:
    [1, 2] in s
except TypeError as e:
    print(type(e).__name__, e)
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes), sorted(evens ^ threes)[:5])
c2 = a.copy()
c2.clear()
print(a, c2, set(a) is a, a.copy() == a)
print(repr(set()), repr(frozenset()), repr({None}), repr(frozenset({"x"})))
