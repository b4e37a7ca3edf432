# changing a container while iterating over it: the classic surprises, as CPython shows them
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)
a = list(range(10))
for i, v in enumerate(a):
    del a[i]
print(a)
s = "abc"
for ch in s:
    s += ch.upper() if len(s) < 6 else ""
print(s)
d = {1: 1}
try:
    for k in d:
        d[k] = 2
        d.pop(k)
        d[k + 1] = 3
except RuntimeError as e:
    print(e)
print(d)
l2 = [3, 1, 2]
it = iter(l2)
next(it)
l2.clear()
print(list(it))
l3 = [1, 2, 3]
r = reversed(l3)
l3.append(4)
print(list(r))
l4 = [1, 2, 3]
r = reversed(l4)
next(r)
l4.clear()
print(list(r))
g = (x * 2 for x in l3)
l3.append(100)
print(list(g))
z = zip(l3, l3[1:])
l3.insert(0, -1)
print(list(z))
e = enumerate(l3)
l3.pop()
print(list(e))
m = map(str, l3)
del l3[:2]
print(list(m))
s2 = {1, 2, 3}
try:
    for x in s2:
        s2.discard(x)
except RuntimeError as e:
    print(e)
print(s2)
try:
    lst = [1]
    lst.sort(key=lambda x: lst.append(2))
except ValueError as e:
    print(e)
