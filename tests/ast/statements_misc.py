global x
global x, y, z
nonlocal x
nonlocal x, y
del x
del x, y
del x,
del (x)
del (x, y)
del [x, y]
del x.y
del x[0]
del x[a:b]
del (x), [y]
del (x, (y, z))
pass
x
x; y
a.b.c
print
