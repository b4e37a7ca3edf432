for b, e, m in [(2, 10, 1000), (3, 200, 13), (10, 100, 7), (5, 0, 3), (0, 0, 5), (-3, 3, 7), (2, 2 ** 64, 10 ** 9 + 7), (123456789, 987654321, 2 ** 61 - 1)]:
    print(b, e, m, pow(b, e, m))
print(pow(3, -1, 11), pow(2, -3, 7), pow(10, -2, 17))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, 0.5), pow(4, -1), pow(-2, 2), pow(0, 5), pow(1.5, 2), 2 ** 0.5 * 2 ** 0.5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-1) ** 0.0 if False else (-1) ** 2, 1 ** 10 ** 10 if False else 1 ** 1000, 7 ** 77 % 1000)
