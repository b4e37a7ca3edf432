# hash/eq consistency across numeric types and containers used as keys
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)) == hash((1.0,)), hash((1, (2, 3))) == hash((True, (2, 3.0))), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(3)) == hash(range(0, 3)) if False else True)
print(hash("") == hash(""), hash(None) == hash(None), hash(len) == hash(len))
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
d = {}
for k in (1, 1.0, True, 1 + 0 * 1, 2 ** 64, float(2 ** 64)):
    d[k] = d.get(k, 0) + 1
print(d)
print(1 in {1.0}, 1.5 in {1.5}, True in {1: 0}, 0 in {False}, (1, 2) in {(1.0, 2.0)}, "1" in {1})
print(frozenset({1, 2}) in {frozenset({2, 1}): 1}, {frozenset(): "empty"}[frozenset()])
for unhashable in ([], {}, set(), ([],), [()] ):
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
print(len({(i % 3, i % 2) for i in range(12)}), len({i / 2 for i in range(10)}), len({str(i)[0] for i in range(100)}))
print(1 == 1.0 == True, "1" == 1, [1] == [1.0], (1,) == [1], {1: 2} == {1.0: 2}, {1} == {1.0}, frozenset([1]) == {True})
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 9007199254740993 == 9007199254740992.0)
print(10 ** 30 == 1e30, 10 ** 22 == 1e22, 10 ** 23 == 1e23, float(10 ** 23) == 1e23, int(1e23))
