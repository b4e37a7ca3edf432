n = 27
steps = []
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps.append(n)
print(len(steps), max(steps), steps[:10])
a, b = 0, 1
fibs = []
while a < 1000:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
i = 10
while i:
    i -= 3
    if i < 0:
        print("negative", i)
        break
digits = []
x = 9876543210
while x:
    x, r = divmod(x, 10)
    digits.append(r)
print(digits)
stack = [1, [2, [3, 4]], 5]
out = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        out.append(top)
print(out)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(10 ** 20, 10 ** 15 * 3))
