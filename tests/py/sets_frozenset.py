f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, frozenset() == set())
print(frozenset(), repr(frozenset([1])))
g = f | {4}
print(type(g).__name__, sorted(g))
h = {4} | f
print(type(h).__name__, sorted(h))
print(type(f & {1}).__name__, type(f.copy()).__name__)
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {set()}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(f.issubset({1, 2, 3, 4}), f.union([9]) == frozenset({1, 2, 3, 9}))
print(sorted(frozenset("hello")))
