for a, b in [(12, 10), (0, 0), (-1, 255), (-12, 10), (2 ** 70, 2 ** 70 - 1), (-(2 ** 70), 7)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a >> 2, a << 3)
for n in [0, 1, 5, 255, 256, 2 ** 64, -1, -256]:
    print(n, bin(n), n.bit_length(), bin(n).count("1"))
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(bin(flags), flags & (1 << 3) != 0, flags & (1 << 4) != 0)
flags &= ~(1 << 3)
print(bin(flags))
print(1 << 100, (1 << 100) >> 99, -1 << 10, -1024 >> 3, 5 >> 10, -5 >> 10)
x = 0b1011_0110
print(x, f"{x:08b}", f"{x:#06x}", x ^ 0xFF, (x & 0xF0) >> 4)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
