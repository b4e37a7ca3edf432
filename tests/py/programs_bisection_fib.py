# bisection root finding, Newton's method, and memoised/iterative Fibonacci
def bisect_root(f, lo, hi, tol=1e-12, max_iter=200):
    if f(lo) * f(hi) > 0:
        raise ValueError("root not bracketed")
    for i in range(max_iter):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        if hi - lo < tol:
            return round((lo + hi) / 2, 10), i
    return (lo + hi) / 2, max_iter

print(bisect_root(lambda x: x * x - 2, 0, 2))
print(bisect_root(lambda x: x ** 3 - x - 2, 1, 2))
try:
    bisect_root(lambda x: x * x + 1, -1, 1)
except ValueError as e:
    print(type(e).__name__, e)

def newton_sqrt(a, steps=8):
    x = a
    history = []
    for _ in range(steps):
        x = (x + a / x) / 2
        history.append(round(x, 12))
    return history
print(newton_sqrt(2), newton_sqrt(144)[-1])

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(20)], fib(100), len(memo))

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib_iter(100) == fib(100), fib_iter(300), len(str(fib_iter(1000))))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
print([next(g) for _ in range(15)])
ratios = [fib(n + 1) / fib(n) for n in range(1, 30)]
print(round(ratios[-1], 12), round((1 + 5 ** 0.5) / 2, 12))
def binary_search(seq, target):
    lo, hi = 0, len(seq)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return (lo if lo < len(seq) and seq[lo] == target else -1), steps
fibs = [fib(i) for i in range(2, 60)]
print(binary_search(fibs, 832040), binary_search(fibs, 1000), binary_search([], 1))
def int_sqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print(int_sqrt(10 ** 40 + 12345), int_sqrt(99), int_sqrt(0), int_sqrt(1))
