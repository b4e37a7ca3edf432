vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123, 1.0, -0.0, 1e300 * 10, -1e300 * 10]
for v in vals:
    print(v, repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("1.5"), float("  -2e3 "), float("inf"), float("-inf"), float("nan"), float(7), float("1_0.5"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan])
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 10 ** 300, 1 / inf)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(7.5, 2))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(12345.6, -2), round(0.5))
print(int(1e10), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(1e22, 1e21, 1e-5, 0.0001, 123e-20, 1.5e15, 1.5e16)
print(3 * 1.1, 1.1 + 2.2, 100 * 1.1, 0.1 * 3)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
