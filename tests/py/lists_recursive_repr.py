# containers that contain themselves, deep nesting, and their reprs
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"k": 1}
d["self"] = d
print(d)
l = [d, a]
print(l)
t = ([],)
t[0].append(t)
print(t)
b = []
c = [b]
b.append(c)
print(b, c)
print(a == a, repr(a) == str(a))
nested = []
cur = nested
for i in range(30):
    cur.append([])
    cur = cur[-1]
print(str(nested)[:60], str(nested).count("["))
deep = {"level": 0}
node = deep
for i in range(1, 6):
    node["child"] = {"level": i}
    node = node["child"]
print(deep)
s = {1, 2}
lst = [s, frozenset(s), (s,), {"set": s}]
print(lst)
print([[], [[]], [[], [[]]]], ((), ((),)), {(): {}, (1,): {2: {}}})
print([None, True, 1.0, "s", b"" if False else "b", (1,), [2], {3}, {4: 5}])
print(repr([1.10, 2.50, -0.0, 1e-7, 1e16]), [float("nan"), float("inf")])
print(["quote'", 'dq"', "both'\"", "nl\n", "tab\t", "uni\u00e9", "\x00", "\\"])
