# int() with bases, prefixes, underscores, whitespace and errors
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("10", 36))
print(int("  42  "), int("-17"), int("+8"), int("1_000_000"))
print(int("0"), int("-0"), int("000"), int("0_0"))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("12", base=10), int(x="12") if False else int("12"))
print(int("\t\n 99 \r"))
print(int("٣"))   # Arabic-Indic digit three
for s, b in [("12", 2), ("0x1g", 16), ("", 10), ("1__0", 10), ("_1", 10),
             ("0b", 0), ("1.5", 10), ("08", 0), ("abc", 10), ("  ", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in (1, 37, -1):
    try:
        int("10", b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("0", 0), int("00", 0), int("-0x10", 0), int(" 0O17 ", 0))
for n in (255, -255, 0, 2**40):
    print(bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16))
print(format(255, "b"), format(255, "#o"), format(255, "X"), format(255, "#x"))
