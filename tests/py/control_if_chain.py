def grade(s):
    if s >= 90:
        return "A"
    elif s >= 80:
        return "B"
    elif s >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in [100, 90, 89, 75, 70, 0, -5]])
for v in [0, 1, -1, "", "a", [], [0], {}, {0: 0}, None, 0.0, set(), (), (0,), range(0), range(1)]:
    print(repr(v), "truthy" if v else "falsy", bool(v), not v)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 1 < 2 < 3 < 2, 3 > 2 > 1 >= 1)
print(None or "default", 0 or [] or "last", 1 and 2 and 3, 1 and 0 and 3, "" and 1)
print(not None, not not 5, (x > 3) + (x > 4), True is not False)
y = "yes" if x else "no"
z = "big" if x > 100 else "mid" if x > 3 else "small"
print(y, z)
def side(n):
    print("eval", n)
    return n
print(side(0) and side(1))
print(side(2) or side(3))
print(side(1) < side(2) < side(0) < side(5))
