# dict keys of many types, equal keys merging, lookups with equal values of other types
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
print(d, len(d), d[1], d[1.0], d[True])
d = {0: "zero", False: "false", 0.0: "fz", -0.0: "nz"}
print(d)
keys = [None, (), (1, 2), frozenset({1}), "s", b"" if False else "b", 3.5, -7, 2 ** 100, (None, (1,))]
m = {k: i for i, k in enumerate(keys)}
print(m)
print(m[(1, 2)], m[frozenset([1])], m[2 ** 100], m[(None, (1,))], None in m, 3.5 in m, 7 in m)
for bad in ([1], {1: 2}, {1}, ([1],)):
    try:
        m[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in m
except TypeError as e:
    print(type(e).__name__, e)
print(m.get([1]) if False else m.get("missing"), m.get("s"), m.pop(-7), m.setdefault(-7, "back"))
nan = float("nan")
n = {nan: 1}
n[nan] = 2
n[float("nan")] = 3
print(len(n), sorted(n.values()))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], sum(grid.values()), [k for k, v in grid.items() if v % 4 == 0])
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} == {1.0: "a"}, {1: [1]} == {1: [1]}, {} == dict())
print(dict([(1, 2), (3, 4)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([("k", 1), ("k", 2)]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "c"])
except ValueError as e:
    print(type(e).__name__, e)
print(dict(["ab", "cd"]), dict.fromkeys(range(3), []), {str(i): i for i in range(3)})
fk = dict.fromkeys("abc", [])
fk["a"].append(1)
print(fk)
