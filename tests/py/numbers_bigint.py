a = 2 ** 100
print(a, a + 1, a - 1, a * a, -a)
print(a // 3, a % 3, divmod(a, 7), divmod(-a, 7))
print(10 ** 50 // 10 ** 25, 10 ** 50 % (10 ** 25 + 1))
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), str(f).count("0"))
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1, 2 ** 63, (2 ** 63) * 2)
print(abs(-10 ** 30), pow(2, 200, 10 ** 9 + 7), pow(3, 1000) % 1000)
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(hex(2 ** 70), bin(2 ** 65 + 1), oct(8 ** 25))
print(a > 2 ** 99, a == 2 ** 100, a < float("inf"), a == float(a))
print(float(10 ** 20), 10 ** 20 / 10 ** 10, int(1e20), int(2.0 ** 80))
print(a >> 90, a << 3, a & (2 ** 100 - 1), a | 1, a ^ a, ~a)
print(-a >> 1, -(2 ** 65) // 3, -(2 ** 65) % 3)
print(sum(range(10 ** 6)), 12345678901234567890 * 98765432109876543210)
x = 3 ** 200
print(x, x % 1000000007)
print(int(str(x)) == x, str(-x)[:10])
