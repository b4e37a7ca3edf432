for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 1)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, a ** 2, -a % b)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(int("42"), int("  -17 "), int("0x1f", 16), int("ff", 16), int("1010", 2), int("z", 36), int("0o17", 0), int("1_000"))
for bad in ["", "1.5", "abc", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(int(3.9), int(-3.9), int(True), int(), round(7), round(15, -1), round(25, -1), round(-15, -1))
print(abs(-0), abs(-5), True + True, True * 10, False - 1)
print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (10).to_bytes if False else "skip")
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3), pow(3, -1, 7))
