a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_, last = "hello world".split()
print(first, last)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
print([*range(3), *"ab", *{"k": 1}], (*[1, 2],), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
x, y = y, x = 1, 2
print(x, y)
a = b = c = [0]
a.append(1)
print(b, c, a is c)
i, lst = 0, [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
t = 1, 2, 3
p, q, r = t
print(p + q + r, type(t).__name__)
for k, *v in [("a", 1, 2), ("b",)]:
    print(k, v)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
