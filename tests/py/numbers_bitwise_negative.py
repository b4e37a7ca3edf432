# bitwise operators on negative and big ints, shifts, masks and bit tricks
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2 ** 70, 2 ** 69 + 1), (-(2 ** 70), 255)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)
print(1 << 0, 1 << 10, 1 << 100, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100, 2 ** 100 >> 98, -(2 ** 100) >> 99)
for bad in (lambda: 1 << -1, lambda: 1 >> -2, lambda: 1.0 << 1, lambda: 1 & 1.5, lambda: ~1.5):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, ~False, True << 3, type(True & True).__name__, type(True & 3).__name__)
n = 0b1011_0110
print(n, bin(n), n & 0xF, (n >> 4) & 0xF, n & -n, n & (n - 1), bin(n).count("1"), n.bit_count(), n.bit_length())
print([i for i in range(20) if i & (i - 1) == 0], [1 << i for i in range(8)], sum(1 << i for i in range(8)))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~EXEC, flags ^ READ)
def bits(x, width=8):
    return format(x & ((1 << width) - 1), f"0{width}b")
print(bits(5), bits(-5), bits(-1), bits(255), bits(256), bits(-128), bits(1 << 7))
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(i) for i in range(16)], popcount(2 ** 200 - 1))
def gray(n):
    return n ^ (n >> 1)
print([bits(gray(i), 4) for i in range(8)])
x, y = 0b1100, 0b1010
x ^= y; y ^= x; x ^= y
print(x, y)
print(-7 // 2, -7 >> 1, 7 // 2, 7 >> 1, (-7) % 4, -7 & 3, 2 ** 64 - 1 & 0xFFFF, hex(-1 & 0xFFFFFFFF))
print(int.bit_length(0), (-1).bit_length(), (-(2 ** 63)).bit_length(), (2 ** 63).bit_length(), (10 ** 100).bit_length())
