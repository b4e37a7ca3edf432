# integer arithmetic, small and big
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, -7 // 2, -7 % 3, 2 ** 10)
print(2 ** 64, -(2 ** 63), (2 ** 64) // 3, (2 ** 100) % 97)
print(10 ** 30 + 1, 10 ** 30 - 10 ** 29, (10 ** 20) * (10 ** 20))
print(1 << 70, (1 << 70) >> 65, -1 >> 3, 0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0x0F, ~5)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-10 ** 25), pow(3, 4), pow(2, 100, 1000), pow(3, -1, 7))
x = 100
y = 50 + 50
print(x is y)
print(1_000_000, 0x1F, 0o17, 0b1011)
print(int("123"), int("-0x1f", 16), int("  42  "), int("1_000"))
print(True + True, True * 10, False - 1)
print(3 / 4, 1 / 3, 2 ** -1, 10 / 5)
