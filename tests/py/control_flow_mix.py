# loops with break/continue/else, nested loops, while True, pass, chained conditions
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 10:
        break
    print(i, end=",")
print()
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz steps", steps)
for x in []:
    print("never")
else:
    print("empty for-else runs")
count = 0
while count < 3:
    count += 1
else:
    print("while-else after", count)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print((i, j), end=" ")
print()
def find(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
print(find([[1, 2], [3, 4]], 3), find([[1]], 9))
for v in (5, -3, 0, 15, 100, 7.5):
    if v < 0:
        kind = "negative"
    elif v == 0:
        kind = "zero"
    elif 0 < v < 10:
        kind = "small"
    elif v <= 50:
        kind = "medium"
    else:
        kind = "large"
    print(v, kind, "even" if isinstance(v, int) and v % 2 == 0 else "odd-or-float")
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 1 < 2 < 3 < 2, not 1 < 0, x is not None and x > 2)
print(0 or "default", "" or [] or 0, 3 and 4, 0 and 1 / 0, None or False, [] and "x")
pass
def empty():
    pass
print(empty())
result = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        result.append(i)
    finally:
        result.append(f"f{i}")
print(result)
total = 0
for i in range(1, 101):
    if i % 3 and i % 5:
        continue
    total += i
print(total)
for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i, end=" ")
print()
