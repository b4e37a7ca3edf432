lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda *args: args
lambda **kw: kw
lambda *a, **k: 0
lambda a, *, b: 0
lambda a, /, b: 0
lambda a, b=2, *c, d, e=5, **f: 0
lambda: (yield)
lambda: lambda: 0
lambda x: lambda y: x + y
f(lambda: 0)
x = lambda: 0
lambda a,: a
(lambda: 0)()
lambda x: x if x else -x
