import math
print("%5s %8s %8s %8s" % ("deg", "sin", "cos", "tan"))
for deg in range(0, 91, 15):
    r = math.radians(deg)
    t = math.tan(r) if deg != 90 else float("inf")
    print("%5d %8.4f %8.4f %8.4f" % (deg, math.sin(r), math.cos(r), t))
print(round(math.asin(1), 6), round(math.acos(0), 6), round(math.atan(1), 6))
print(math.atan2(1, 1), math.atan2(-1, -1))
print(round(math.sinh(1), 8), round(math.cosh(1), 8), round(math.tanh(1), 8))
print(math.asinh(0), math.acosh(1), math.atanh(0))
for x in [0.5, 1.0, 2.0]:
    print(f"{x:4.1f} {math.gamma(x):.6f} {math.lgamma(x):.6f} {math.erf(x):.6f}")
