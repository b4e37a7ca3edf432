# big ints and CPython's 4300-digit str/int conversion limit
import sys
big = 7 ** 5000
print(big.bit_length(), big % 1000007, len(hex(big)))
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), int("9" * 4300) % 97)
print(sys.get_int_max_str_digits())
x = 2 ** 10000
print(x.bit_length(), x >> 9990, (x - 1) & 0xFFFF, x // (2 ** 9998))
print(hex(2 ** 200), oct(3 ** 40), bin(5 ** 20)[:20])
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), sum(int(d) for d in str(f)))
print(str(f).count("0"), str(f).rstrip("0")[-5:])
print(-(2 ** 100) // 3, -(2 ** 100) % 3, divmod(-(2 ** 100), 7))
print(abs(-(10 ** 30)), -(10 ** 30) < -(10 ** 29), 10 ** 30 == 10.0 ** 30)
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300 != 0)
print(float(2 ** 1000) > 1e300)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 1024) / (2 ** 1020))
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // 3 % 1000)
print(pow(2, 10 ** 5, 10 ** 9 + 7))
print(f"{2**64:,}", f"{-2**70:_x}", format(10 ** 25, ".3e"))
