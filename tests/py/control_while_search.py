# while loops for searching, simulation and input-free menus
target = 37
lo, hi, guesses = 1, 100, []
while lo <= hi:
    mid = (lo + hi) // 2
    guesses.append(mid)
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", target, "in", len(guesses), "guesses:", guesses)
balance, rate, years = 1000.0, 0.05, 0
while balance < 2000:
    balance *= 1 + rate
    years += 1
print(years, round(balance, 2))
n, digits = 9876543210, []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
menu = ["add 5", "add 7", "sub 2", "show", "mul 3", "bogus", "show", "quit", "add 100"]
total, i = 0, 0
while True:
    cmd, *arg = menu[i].split()
    i += 1
    if cmd == "quit":
        print("bye with", total)
        break
    if cmd == "show":
        print("total is", total)
        continue
    if cmd not in ("add", "sub", "mul"):
        print("unknown command", repr(cmd))
        continue
    x = int(arg[0])
    total = total + x if cmd == "add" else total - x if cmd == "sub" else total * x
print("commands used:", i, "left:", menu[i:])
x = 1.0
iterations = 0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
    iterations += 1
print(iterations, x)
stack, out = [[1, [2, [3, 4]], 5]], []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        out.append(item)
print(out)
count = 0
while count < 5:
    count += 1
    if count == 3:
        continue
    print("count", count)
else:
    print("loop ended normally at", count)
