lst = [3, 1, 2]
lst.append(4)
lst.insert(0, 0)
print(lst, len(lst), lst[1], lst[-2], lst[1:3])
lst.sort()
print(lst, lst.pop(), lst.pop(0), lst)
lst.reverse()
print(lst, lst.index(2), lst.count(1))
t = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), t * 2, (1,), ())
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], len(d), "a" in d, "z" in d, d.get("z"), d.get("z", 0))
del d["b"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
s = {3, 1, 2, 3}
print(s, len(s), 2 in s, s | {5}, s & {1, 9}, s - {1})
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)))
print(tuple([1, 2]), list("abc"), dict(a=1, b=2), set([1, 1, 2]))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0])
a, (b, c) = 1, (2, 3)
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
x = [1, 2, 3]
x[1] = 20
x[::2] = [0, 0]
print(x)
del x[0]
print(x)
print(sum([1, 2, 3]), max("hello"), min([4, 2, 8]), sorted([3, 1, 2], reverse=True))
