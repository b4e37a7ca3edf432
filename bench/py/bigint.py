# bigint: arbitrary-precision integers - factorials, Fibonacci numbers with
# thousands of digits, powers, modular exponentiation by hand, division
# and conversion to decimal strings.

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def powmod(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r


def digit_sum(n):
    return sum([int(c) for c in str(n)])


def to_decimal(n, width=0):
    # Decimal digits by splitting on powers of ten: big divisions, and
    # str() of pieces well under CPython's 4300-digit conversion limit.
    if n < 10 ** 400:
        s = str(n)
        return "0" * (width - len(s)) + s if width else s
    k = 1
    while 10 ** (2 * k) <= n:
        k *= 2
    hi, lo = divmod(n, 10 ** k)
    return to_decimal(hi, width - k if width else 0) + to_decimal(lo, k)


total = 0
for n in range(100, 1500, 7):
    total += digit_sum(factorial(n))
print("factorials", total)

f = factorial(6000)
s = to_decimal(f)
print("6000!", len(s), s[:20], s[-1500:-1480], f.bit_length())

g = fib(20000)
print("fib(20000)", len(str(g)), g % 1000000007, g // 10 ** 4170)

m = 2 ** 1279 - 1
acc = 0
for k in range(2, 42):
    acc += powmod(k, m // 3 + k, m) % 1000000007
print("powmod", acc)

# Digits of e by the series sum(1/k!) in fixed point.
scale = 10 ** 1500
term = scale
e = 0
k = 0
while term:
    e += term
    k += 1
    term //= k
print("e", str(e)[:30], str(e)[-5:], k)

f += 12345
q, r = divmod(f, g)
print("divmod", q % 1000000007, r % 1000000007, (-f) // 7 % 1000, -f % 7,
      f >> 66600, (f & (2 ** 300 - 1)) | 1 << 301, hex(g)[:20], oct(g)[-20:])
