# dict views: live updates, set operations, membership, comparison
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
del d["a"]
print(list(keys), list(values), list(items), len(keys), "d" in keys, 4 in values, ("b", 2) in items)
e = {"b": 20, "c": 3, "x": 9}
print(sorted(keys & e.keys()), sorted(keys | e.keys()), sorted(keys - e.keys()), sorted(keys ^ e.keys()))
print(sorted(items & e.items()), sorted(keys & {"b", "zz"}), sorted(keys | ["q"]), keys - {"b"} == {"c", "d"})
print(keys == {"b", "c", "d"}, keys == ["b", "c", "d"], items == {("b", 2), ("c", 3), ("d", 4)}, keys <= {"b", "c", "d", "e"})
print(d.keys() == d.keys(), d.values() == d.values(), keys.isdisjoint({"zz"}), isinstance(keys & set(), set))
print(list(reversed(keys)), list(reversed(items)), sorted(values, reverse=True))
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(keys).__name__, type(values).__name__, type(items).__name__, type(iter(items)).__name__)
inventory = {"apples": 3, "pears": 0, "kiwis": 12}
print(sorted({k for k, v in inventory.items() if v}), sum(inventory.values()), max(inventory.items(), key=lambda kv: kv[1]))
inverted = {v: k for k, v in inventory.items()}
print(inverted)
merged = {}
for src in ({"a": 1}, {"b": 2, "a": 10}, {"c": 3}):
    for k, v in src.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
print(dict(zip(keys, values)), dict(items) == d, list(map(list, items)))
empty = {}
print(list(empty.keys()), list(empty.items()), empty.keys() & {1}, len(empty.values()))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", {}).get("z", "default"))
print(str({1: "a"}.keys()), repr({}.items()), repr({"k": [1]}.values()))
