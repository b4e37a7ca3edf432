a = [5, 2, 8, 1]
r = a.sort()
print(r, a)
b = sorted(a, reverse=True)
print(a, b, a is b)
c = [("b", 2), ("a", 2), ("c", 1)]
c.sort(key=lambda t: t[1])
print(c)
c.sort(key=None)
print(c)
d = ["10", "9", "100", "1"]
d.sort()
print(d)
d.sort(key=int)
print(d)
d.sort(key=len, reverse=True)
print(d)
e = []
e.sort()
print(e, sorted([1]), sorted([2, 1], key=lambda x: 0))
f = [3, 1, 2]
try:
    f.sort(key=lambda x: "s" if x == 1 else x)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(f)
