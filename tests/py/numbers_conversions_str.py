for v in [0, 1, -1, 255, -255, 2 ** 32, 2 ** 64 + 5, -(10 ** 25)]:
    print(v, str(v), repr(v), hex(v), oct(v), bin(v)[:40], f"{v:_}", f"{v:,}")
for s in ["0b101", "0o777", "0xFF", "  42  ", "-0", "+7", "1_000_000", "007"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s, base in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("zz", 36), ("10", 3), ("-11", 2)]:
    print(s, base, int(s, base))
for s in ["3.14", "-0.5", "1e3", "1E-3", ".5", "5.", "inf", "-Infinity", "nan", " 2.5\n", "1_000.5"]:
    print(repr(s), float(s))
try:
    int("12", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1", base=10) and int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("٣"), float("١.٥") if False else "skip", str(0.1), str(-0.0), str(1e100))
