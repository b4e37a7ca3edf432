d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k), "one" in k, 2 in v, ("two", 2) in it)
d["four"] = 4
print(list(k), list(v))
del d["one"]
print(list(it))
print(k & {"two", "five"}, sorted(k | {"z"}), sorted(k - {"two"}), sorted(k ^ {"two", "x"}))
print(it & {("two", 2)})
for key, val in d.items():
    print(key, "->", val)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d, key=d.get), max(d, key=lambda x: d[x]), min(d.values()))
print({}.keys(), {}.items(), list({}.values()))
print(d.keys() == {"two", "three", "four", "new"}, d.keys() == ["two"])
