(x := 1)
print(x := 1)
if (n := len(a)) > 10: pass
while (line := f()): pass
[y := f(x), y**2]
[y for x in data if (y := f(x))]
f(a, b := 1)
x = (y := 2)
a[b := 1]
{(x := 1), 2}
(x := y := 1) if False else 0
