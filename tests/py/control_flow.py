for i in range(3):
    print("for", i)
else:
    print("for done")
for i in range(10):
    if i == 3:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("while", n)
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", "yes" if 0 else "no")
total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
print(total)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
print([x for x in range(20) if x % 3 == 0])
print([(a, b) for a in range(3) for b in range(a)])
print({k: k * k for k in range(4)})
print(sorted({c for c in "mississippi"}))
if (m := 10) > 5:
    print("walrus", m)
print(0 or 1, 1 and 2, None or [], [] and 1)
print(1 < 2 < 3 < 4, 1 < 2 > 3, 3 == 3.0 != 4)
