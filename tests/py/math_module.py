import math
print(math.sqrt(16), math.gcd(48, 18), math.isclose(0.1 + 0.2, 0.3), round(math.e, 5))
print(math.floor(1e20), math.ceil(-0.5), math.log(1024, 2), math.hypot(3, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
