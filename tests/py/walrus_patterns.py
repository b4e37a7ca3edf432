data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x % 5) > 1], y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
print((a := 10) + a, a)
def f(x):
    return (z := x * 2), z + 1
print(f(5))
vals = []
i = 0
while (i := i + 1) < 5:
    vals.append(i)
print(vals, i)
print([(last := c) for c in "abc"], last)
print(any([(hit := v) > 20 for v in data]), hit)
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
