[x for x in y]
[x for x in y if x]
[x for x in y if x if z]
[x * y for x in a for y in b]
[x for x in a if x for y in b if y]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a for v in b if k}
(x for x in y)
f(x for x in y)
f((x for x in y))
f((x for x in y), 1)
[(x, y) for x, y in z]
[x for (x, y) in z]
[x for [x, y] in z]
[x for x, in z]
[x for *x, y in z]
[[x for x in row] for row in m]
[x for x in (yield)]
[x for x in a if not x]
[x for x in a or b]
[x.y for x.y in z]
[x for x[0] in z]
sum(x for x in y)
