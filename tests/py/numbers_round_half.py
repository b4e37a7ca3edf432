for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1e16 + 0.5]:
    print(v, round(v), round(v, 1), round(v, 2))
for n in [5, 15, 25, 35, -5, -25, 149, 150, 151, 10 ** 20 + 5 * 10 ** 18]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3))
print(round(1234.5678, -2), round(1234.5678, -5), round(-0.0), round(0.0, 3), round(7.0))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 1)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
