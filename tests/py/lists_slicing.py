a = list(range(10))
print(a[2:5], a[:-2], a[-3:], a[::3], a[::-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 8, 9]
print(b)
b[:] = []
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del c[1::2]
print(c)
del c[:2]
print(c)
d = [1, 2, 3]
d[len(d):] = [4, 5]
print(d)
d[-1:] = []
print(d)
try:
    d[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    d["a"]
except TypeError as e:
    print(type(e).__name__, e)
e = [0] * 5
e[1:4] = range(3)
print(e, e[::-2], e[-1::-1])
print([][:], [][::-1], [1][5:])
try:
    a[::0]
except ValueError as e2:
    print(type(e2).__name__, e2)
