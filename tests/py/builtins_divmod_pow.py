# divmod, //, % and pow with negatives, floats and three-argument pow
for a in (7, -7, 0):
    for b in (3, -3):
        print(a, b, divmod(a, b), a // b, a % b)
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (-0.0, 1.0)):
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(10**20, 7), divmod(-(10**20), 7))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-8, 1/3) if False else pow(4, 0.5))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(38, -1, 97), pow(2, 0, 1), pow(5, 3, -7))
print(pow(0, 0), pow(0.0, 0), 0 ** 0, 2 ** -2, (-2) ** -2)
print(pow(10, 30, 10**9 + 7), pow(123456789, 987654321, 1000000007))
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        a % b
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        a // b
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
print(pow(-1, 0.5) if False else "skip complex")
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(True, 2), pow(True, 5), 2 ** True)
