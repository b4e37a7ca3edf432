# reference counts as sys.getrefcount reports them (one extra for the argument)
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a, a]
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
c.pop()
print(sys.getrefcount(a))
c.clear()
print(sys.getrefcount(a))
d.clear()
print(sys.getrefcount(a))

def f(x):
    return sys.getrefcount(x)
print(f(a))

def hold(x):
    y = x
    z = (x, x)
    return sys.getrefcount(x)
print(hold(a))
t = (a,)
print(sys.getrefcount(a), sys.getrefcount(t))
s = {1: t, 2: t}
print(sys.getrefcount(t))
del s
print(sys.getrefcount(t))
o = object()
print(sys.getrefcount(o))
objs = [o] * 10
print(sys.getrefcount(o))
objs = objs[:5]
print(sys.getrefcount(o))
objs = None
print(sys.getrefcount(o))
g = (x for x in [o])
print(sys.getrefcount(o))
next(g)
print(sys.getrefcount(o))
del g
print(sys.getrefcount(o))
d2 = dict.fromkeys(range(4), o)
print(sys.getrefcount(o))
d2[0] = None
print(sys.getrefcount(o))
it = iter([o, o])
print(sys.getrefcount(o))
next(it)
print(sys.getrefcount(o))
