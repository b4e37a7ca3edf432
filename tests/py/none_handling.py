def maybe(x):
    if x > 0:
        return x
r = maybe(-1)
print(r, r is None, r == None, type(r).__name__, repr(None), str(None), bool(None))
print([None] * 3, {None: None}, (None,), None in [0, None], [1, None].index(None))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
print(None == 0, None == False, None != "", [x for x in [1, None, 2] if x is not None])
print(print("inner") is None)
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d, d.get("a", 5))
