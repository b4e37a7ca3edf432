d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, 10 in d)
del d["b"]
print(d)
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(d.get("a"), d.get("q"), d.get("q", 0))
print(d.pop("a"), d.pop("q", "dflt"), d)
try:
    d.pop("q")
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("x", []), d.setdefault("c", 99), d)
d["x"].append(1)
print(d)
d.update({"y": 2}, z=3)
d.update([("w", 4)])
print(d)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "t", None: "n", "": "empty"})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
e = d.copy(); e.clear(); print(d == e, e, {1: 2} == {1: 2}, {1: 2} != {1: 3})
print({**{"a": 1}, **{"a": 2, "b": 3}})
