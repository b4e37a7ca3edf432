# deeply nested containers: comparing or printing them is a RecursionError, never a crash
def t(name, f):
    try:
        r = f()
        print(name, "ok", str(r)[:40])
    except RecursionError as e:
        print(name, "RecursionError", e)
def deep_list(n):
    root = cur = []
    for _ in range(n):
        cur.append([])
        cur = cur[0]
    return root
def deep_tuple(n):
    t_ = ()
    for _ in range(n):
        t_ = (t_,)
    return t_
def deep_dict(n):
    root = cur = {}
    for _ in range(n):
        cur["k"] = {}
        cur = cur["k"]
    return root
N = 100000
a, b = deep_list(N), deep_list(N)
t("list ==", lambda: a == b)
t("list <", lambda: a < b)
ta, tb = deep_tuple(N), deep_tuple(N)
t("tuple ==", lambda: ta == tb)
t("tuple repr", lambda: repr(ta))
da, db = deep_dict(N), deep_dict(N)
t("dict ==", lambda: da == db)
t("in list", lambda: a in [b])
t("sorted", lambda: sorted([a, b]))
t("str tuple", lambda: str(ta))
t("format list", lambda: f"{a}")
t("shallow ok", lambda: deep_list(500) == deep_list(500))
print("alive")
s = frozenset()
for _ in range(5000):
    s = frozenset([s])
t("frozenset repr", lambda: repr(s))
d = {}
d["self"] = d
l = [d]
d["list"] = l
print(d, l)
