# loops: while/for loops and integer arithmetic on small ints - Collatz
# chain lengths, gcd by Euclid, a digit-sum loop and an LCG.

def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n = n // 2
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


best = 0
best_n = 0
total = 0
for n in range(1, 40000):
    c = collatz_len(n)
    total += c
    if c > best:
        best = c
        best_n = n
print("collatz", best_n, best, total)

g = 0
for a in range(1, 300):
    for b in range(a, 300, 3):
        g += gcd(a * 7919, b * 104729)
print("gcd", g)

digits = 0
for n in range(250000):
    m = n
    while m:
        digits += m % 10
        m //= 10
print("digits", digits)

x = 12345
acc = 0
i = 0
while i < 400000:
    x = (x * 1103515245 + 12345) & 0x7fffffff
    acc ^= x >> 7
    i += 1
print("lcg", x, acc)
