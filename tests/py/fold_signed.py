# 0, 0.0, -0.0 and False are four different constants: folding and the
# constant pool compare types and, for floats, the sign bit.
t = (0.0, -0.0)
print(t, [str(x) for x in t])
z = (0, 0.0, -0.0, False)
print(z, [type(x).__name__ for x in z])
print({1: 'a', True: 'b'}, {0.0: 'x', -0.0: 'y'}, {0: 'p', False: 'q', 0.0: 'r'})

def neg():
    return -0.0

def pos():
    return 0.0

print(neg(), pos(), -(0.0), -(-0.0), -0.0 + 0.0, 0.0 * -1)
x = -0.0
y = 0.0
print(x, y, x == y, str(x) == str(y))
print(1 / (-0.0 + 1e-320) < 0, 1.0, 1, True, 1 == 1.0)

one = (1, 1.0, True)
print(one, [type(v).__name__ for v in one])
print((1, True) == (True, 1), [type(v).__name__ for v in (True, 1)])
print(-(1e308 * 10), 1e308 * 10, 2.0 ** 0.5)
print(-(0), -0 == 0, ~0, ~-1)
