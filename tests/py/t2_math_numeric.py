import math
def newton_sqrt(x, eps=1e-12):
    g = x / 2 or 1.0
    steps = 0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
        steps += 1
    return g, steps
for v in [2, 10, 144, 1e6]:
    g, s = newton_sqrt(v)
    print(v, round(g, 10), s, math.isclose(g, math.sqrt(v)))
def integrate(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
for n in [4, 16, 64]:
    print(n, round(integrate(math.sin, 0, math.pi, n), 8))
print(round(integrate(lambda x: x * x, 0, 3, 100), 6))
terms = [4 * (-1) ** k / (2 * k + 1) for k in range(1000)]
print(round(sum(terms), 6), round(math.pi - sum(terms), 8))
print(round(sum(1 / math.factorial(k) for k in range(20)), 12), round(math.e, 12))
