# round() with and without ndigits, ints and floats, banker's rounding
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.49999, 2.675, 1.005, 0.125, 0.375):
    print(x, round(x), round(x, 2), round(x, 1), round(x, 0))
print(round(123456, -2), round(123456, -3), round(-125, -1), round(135, -1))
print(round(5, -1), round(15, -1), round(25, -1), round(-15, -1))
print(round(1234.5678, -2), round(1234.5678, 3), round(-0.0), round(-0.4))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 2)))
print(round(1e300, 2), round(1.23e-5, 6), round(1.23e-5, 5))
print(round(7), round(7, None), round(2.5, None))
print(round(10**20 + 5, -1), round(-(10**20) - 5, -1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(True), round(False, 3))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
prices = [19.999, 5.005, 0.045, 100.0, 3.14159]
print([round(p, 2) for p in prices])
print(sum(round(p, 1) for p in prices))
