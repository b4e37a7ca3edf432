# the math module: integer helpers, rounding, logs, trig, errors
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5))
print(math.factorial(0), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.comb(5, 7))
print(math.isqrt(99), math.isqrt(10 ** 20), math.sqrt(2), math.sqrt(16.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0))
print(math.exp(0), math.exp(1) == math.e, math.expm1(0), math.pow(2, 0.5), 2 ** 0.5)
print(round(math.sin(math.pi / 6), 12), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1) * 4)
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.fsum([0.1] * 10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.inf, -math.inf, math.nan, math.tau == 2 * math.pi, math.pi)
print(math.modf(3.75), math.modf(-2.5), math.frexp(8), math.ldexp(0.5, 4))
for f, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -5), (math.factorial, -1),
               (math.factorial, 2.5), (math.acos, 2), (math.isqrt, -4), (math.exp, 1000)):
    try:
        print(f(arg))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
print(sum(math.comb(10, k) for k in range(11)), [math.comb(5, k) for k in range(6)])
print([round(math.sqrt(n), 3) for n in range(1, 8)], [n for n in range(1, 50) if math.isqrt(n) ** 2 == n])
