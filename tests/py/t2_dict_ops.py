d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "none"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10)
print(d)
e = dict(zip("abc", range(3)))
print(e, dict.fromkeys("xy", 0))
print({**d, **e}, d | e)
inv = {v: k for k, v in e.items()}
print(inv)
print("a" in e, 0 in e, len(e))
del e["a"]
print(e)
for k, v in sorted({"z": 1, "m": 2, "a": 3}.items()):
    print(k, v)
nested = {}
for word in "apple avocado banana blueberry cherry".split():
    nested.setdefault(word[0], []).append(word)
print(nested)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as ex:
    print(type(ex).__name__, ex)
