# dict ordering after deletes, re-inserts, updates, pops and copies
d = {}
for i, ch in enumerate("abcdefgh"):
    d[ch] = i
print(d)
del d["c"]
del d["a"]
d["a"] = 100
print(d, list(d), len(d))
d["b"] = -1
print(d)
print(d.pop("h"), d.pop("zz", "missing"), d)
print(d.popitem(), d.popitem(), d)
d.update({"z": 26, "b": 2})
print(d)
d.update(q=1, a=0)
print(d)
d.setdefault("new", [])
d.setdefault("a", "ignored")
print(d)
e = dict(d)
del e["new"]
print(e == d, list(e), list(d))
for k in list(d):
    if k in "aeiou":
        del d[k]
print(d)
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = -i
print(list(big)[:10], list(big)[-6:], len(big))
print(dict.fromkeys("hello"), dict.fromkeys([3, 1, 2], 0))
print({**{"x": 1, "y": 2}, **{"x": 3}}, {"x": 1} | {"y": 2}, {"a": 1, "b": 2} | {"a": 9})
g = {"k": 1}
g |= {"m": 2}
g |= [("n", 3)]
print(g)
try:
    d.pop("absent")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["absent"]
except KeyError as e:
    print(type(e).__name__, e)
h = {1: "int", 1.0: "float", True: "bool"}
print(h, len(h))
k = {"a": 1, "b": 2}
print(k == {"b": 2, "a": 1}, list(k.items()) == list({"b": 2, "a": 1}.items()))
print(repr({}), repr({(): ()}), {None: None}, {(1, 2): [3], "s": {"n": {}}})
cnt = {}
for w in "the cat and the hat and the bat".split():
    cnt[w] = cnt.get(w, 0) + 1
print(cnt, sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
cnt.clear()
print(cnt, len(cnt), bool(cnt))
