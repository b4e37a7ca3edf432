x = (a) + b
(a).b[c](d)
(a), b = c
if (x):
    y = [1,
         2]
@dec
def f(a: int = 1, *b, c, **d) -> None:
    return (yield)
class C(B, metaclass=M):
    pass
try:
    pass
except E as e:
    raise X from e
with open(f) as g, h:
    del a, b[0]
s = ('a'
     'b' f'{c!r:>{w}}')
z = lambda q, *r: q if r else -q
print(*args, sep='', **kw)
t = x[1:2, ::3]
for i, j in k: continue
while not done: break
é = 'é' + f'{é}'
