# slicing lists, tuples, strings and ranges with negative and extended steps
a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[::-2], a[-2::-2], a[8:2:-3])
print(a[-3:], a[:-3], a[-100:100], a[5:2], a[2:5:-1], a[::100], a[-1:-11:-1])
print(a[3:-3:2], a[-1::-4], a[:1:-3], a[100:], a[:-100])
t = tuple(a)
print(t[::3], t[::-3], t[5:], t[-2:-8:-2])
s = "abcdefghij"
print(s[::2], s[::-1], s[-1:-4:-1], s[7:2:-2], s[::-3], s[1:1], s[5:1])
r = range(0, 30, 3)
print(r[::2], r[::-1], list(r[2:8:2]), r[-3:], list(r[::-4]), r[5:2])
b = a[:]
b[::2] = ["x"] * 5
print(b)
b[1::2] = "abcde"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[::3]
print(c)
del c[-1:-4:-1]
print(c)
c[1:3] = []
print(c)
c[1:1] = [99, 98]
print(c)
c[len(c):] = [0]
print(c)
c[:0] = ["start"]
print(c)
c[::-1] = c[:]
print(c)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
print(a[None:None:None], a[slice(2, 8, 3)], s[slice(None, None, -2)])
sl = slice(1, -1, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(10), slice(5).indices(3))
print(slice(None, None, -1).indices(5), slice(-20, 20).indices(6))
print(a[True:False], a[False:True], "xyz"[True])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m][::-1], [row[1] for row in m], m[1][::-2])
print(list(zip(*m))[::-1])
