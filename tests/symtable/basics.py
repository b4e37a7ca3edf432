x = 1
y = x + 2
def f(a, b=1, *args, c, d=2, **kw):
    z = a + b
    return z + x
print(f(1, c=3))
