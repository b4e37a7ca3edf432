a = [1, [2, 3], {"k": 4}]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(5)
a[1].append(99)
print(a, b, c, d, e, sep="\n")
print(a is b, a is c, a[1] is c[1], a == c)
f = [row[:] for row in [[1, 2], [3, 4]]]
g = f
f[0][0] = "changed"
print(f, g)
def modify(lst):
    lst.append("added")
    lst = ["rebound"]
    lst.append("lost")
    return lst
orig = [0]
print(modify(orig), orig)
def clear_inplace(lst):
    lst[:] = []
x = [1, 2]
y = x
clear_inplace(x)
print(x, y)
m = [[]] * 3
m[0].append(1)
print(m, m[0] is m[2])
n = [[] for _ in range(3)]
n[0].append(1)
print(n)
