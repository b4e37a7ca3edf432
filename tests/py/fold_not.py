# not (a is b) / not (a in b) compile as `is not` / `not in`; other
# comparisons are not inverted (nan and sets do not obey the laws).
a = [1, 2]
b = a
c = [1, 2]
print(not (a is b), not (a is c), not (a is not b), not (a is not c))
print(not (1 in a), not (3 in a), not (1 not in a), not (3 not in a))
print(not (None is None), not ('x' in 'xyz'), not ('q' not in 'xyz'))
nan = float('nan')
print(not (nan < 1), not (nan >= 1), not (nan == nan), not (nan != nan))
s1 = {1}
s2 = {2}
print(not (s1 < s2), not (s1 >= s2), s1 >= s2)
x = 3
print(not (x in [1, 2, 3]), not (x in {4, 5}), not (x in (x,)))
print(not (1 < 2 < 3), not (x is None or x in a))
def f(v):
    if not (v in (1, 2)):
        return 'out'
    return 'in'
print(f(1), f(7))
