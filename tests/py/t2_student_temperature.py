def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print("%8s %8s" % ("Celsius", "Fahr"))
for c in range(-40, 101, 20):
    print("%8d %8.1f" % (c, c_to_f(c)))
readings = [72.5, 68.0, 75.2, 80.1, 66.4, 71.9, 77.7]
cs = [round(f_to_c(f), 1) for f in readings]
print(cs)
print("min %.1f max %.1f mean %.2f" % (min(cs), max(cs), sum(cs) / len(cs)))
mean = sum(readings) / len(readings)
var = sum((x - mean) ** 2 for x in readings) / (len(readings) - 1)
print(f"mean={mean:.3f} var={var:.3f} sd={var ** 0.5:.3f}")
med = sorted(readings)[len(readings) // 2]
print("median", med)
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for d, f in zip(days, readings):
    print(f"{d}: {'+' * int(f - 60)} {f}")
