# unpacking in assignments, loops, calls and literals
a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
*init, last = "hello"
first, *middle, end = range(6)
print(x, rest, init, last, first, middle, end)
(p, q), r = (1, 2), 3
[s, [t, u]] = ["s", ("t", "u")]
print(p, q, r, s, t, u)
h, *_ = "only"
print(h, _)
*empty, one = [1]
print(empty, one)
for i, (name, score) in enumerate([("amy", 90), ("bo", 85)]):
    print(i, name, score)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for a_, *b_ in [(1, 2, 3), (4,), "xy"]:
    print(a_, b_)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print([*range(3), *"ab", *(1,)], (*[1, 2],), {*"aab", *[1]} == {"a", "b", 1}, {**{"a": 1}, "b": 2, **dict(c=3)})
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]), f(*"ab", *"cd"), f(1, *(2, 3, 4), k=5, **{"z": 6}))
for bad in ([1, 2, 3], [1], "abcd"):
    try:
        m, n = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    m, n, *o = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, n = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    m, n = None
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d["a"], d["b"] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
i = 0
i, lst[i] = 1, "first"
print(d, lst, i)
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
(a, b), c = "xy", "z"
print(a, b, c)
m, n = n, m = 1, 2
print(m, n)
def swap_three(a, b, c):
    a, b, c = c, a, b
    return a, b, c
print(swap_three(1, 2, 3))
def gen():
    yield from range(3)
g1, g2, g3 = gen()
print(g1, g2, g3)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(first_char, *others), number = "abc", 7
print(first_char, others, number)
