import math
tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.acos(2),
    lambda: math.exp(1000),
    lambda: math.isqrt(-4),
    lambda: math.sqrt("x"),
    lambda: math.gcd(1.5, 2),
    lambda: math.comb(-1, 2),
    lambda: math.floor(math.inf),
    lambda: math.ceil(math.nan),
    lambda: 1 / 0,
    lambda: 1.0 / 0,
    lambda: 10 % 0,
    lambda: math.pow(0, -1),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
