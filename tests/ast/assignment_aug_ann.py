x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
x.y += 1
x[0] -= 1
x += 1, 2
x += yield
x: int
x: int = 1
x: "str" = "s"
(x): int = 1
x.y: int
x.y: int = 1
x[0]: int = 1
(x.y): int
x: list[int] = []
x: int = yield
x: tuple = 1, 2
