fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(4)]
print([f() for f in fs2])
def make():
    out = []
    for i in range(3):
        def f():
            return i * 10
        out.append(f)
    return out
print([f() for f in make()])
def make_bound():
    out = []
    for i in range(3):
        def wrap(j):
            return lambda: j * 10
        out.append(wrap(i))
    return out
print([f() for f in make_bound()])
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed later"
    return inner
print(outer()())
def adders():
    return {n: (lambda v, n=n: v + n) for n in range(3)}
a = adders()
print(a[0](10), a[2](10))
