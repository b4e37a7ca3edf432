# reversed() over dicts and views, and changing the dict while iterating
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())))
print(list(reversed(d.items())))
r = reversed(d)
print(next(r))
d["d"] = 4
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
r = reversed(d)
print(next(r))
del d["a"]
try:
    print(next(r))
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
r = reversed(d.values())
print(next(r))
d["b"] = 20
print(next(r), next(r))
d = {1: 1, 2: 2}
try:
    for k in reversed(d):
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"x": 1, "y": 2}
for k in list(d):
    d[k * 2] = d.pop(k)
print(d)
e = {}
print(list(reversed(e)), list(reversed({}.items())))
print(type(reversed({})).__name__, type(reversed({}.values())).__name__)
it = reversed({"k": 1})
print(list(it), list(it))
