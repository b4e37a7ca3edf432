def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
while True:
    n += 1
    if n > 5:
        break
else:
    print("never")
print("n =", n)
for x in range(3):
    for y in range(3):
        if y == 1:
            continue
        if x == 2:
            break
        print(x, y)
    else:
        print("inner else for x =", x)
for ch in "abc":
    continue
else:
    print("continue-only loop else", ch)
