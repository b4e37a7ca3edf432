# ranges, rounding toward and away from zero, and ints at the 64-bit boundary
import math
print(math.floor(-0.5), math.ceil(-0.5), round(-0.5), int(-0.5))
print(f"{-0.5:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(sorted([3, 1, 2]).__class__.__name__ if False else "skip")
print(list(range(10))[::-3], list(range(-5, 5, 3)), range(0, -10, -3)[2], range(-10**20, 10**20, 7)[10**19])
r = range(5, 50, 5)
print(r.index(25), r.count(7), 25 in r, 26 in r, r[-1], r[2:5], list(reversed(r))[:2])
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)))
print(str(range(3)), repr(range(1, 10, 2)), bool(range(0)), min(range(5, 0, -1)), max(range(3)))
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
print(list(zip(range(3), range(10, 13), "abc")))
print(divmod(-0.0, 1), -0.0 // 1, -0.0 % 1, 0.0 % -1, 5 % -0.5 if False else "x")
print(abs(-2**63), -(-2**63), (2**63 - 1) + 1, -2**63 - 1, (-2**63) // -1, (-2**63) % -1)
print(int("-9223372036854775808") - 1, 9223372036854775807 * 2, -9223372036854775808 * -1)
print(3 ** 40, (-3) ** 41, 2 ** 63 // 3, 2 ** 64 % 1000, -(2 ** 64) // 7, (2 ** 64) >> 1, 1 << 63)
