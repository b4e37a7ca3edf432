a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
n = 5
del n
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
c = b
del b
print(c)
x, y = 1, 2
del x, y
print("x" in dir() if False else "deleted both")
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__
print(f())
