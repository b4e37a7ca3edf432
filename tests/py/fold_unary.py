# Unary operators on constants.
print(-1, - 1, -(1), --1, ---1, -(-(-(2))))
print(+5, +-5, -+5, +True, -True, -False, ~True, ~False)
print(~0, ~5, ~-6, ~(2 ** 70), -(2 ** 63), -(-(2 ** 63)), -9223372036854775808)
print(-1.5, -(-1.5), +0.0, -0.0, -(1e300 * 1e10))
print(not 0, not 1, not '', not 'a', not (), not (1,), not None, not 0.0, not -0.0)
print(not b'', not [], not {}, not not 3)
x = -2 ** 2
y = (-2) ** 2
print(x, y, -2 ** -1, 2 ** -2, -(2 ** 0.5) == -2 ** 0.5)
print(1 - -1, 1 + -1, 1 - - - 1, 3 * -2, -3 // 2, -3 % 2, -7 >> 1)
v = (-1, -2.5, -(3))
print(v, type(v[0]).__name__, type(v[1]).__name__)
