# format() and f-string format specs across types
n = 1234567.891
print(format(n, ","), format(n, "_.2f"), format(n, ".3e"), format(n, "g"))
print(format(n, "15,.2f"), format(n, "<15.1f") + "|", format(n, "^15.0f") + "|")
print(format(-n, "+,.1f"), format(n, "+.1f"), format(n, " .1f"), format(-n, " .1f"))
print(format(0.000123, ".2e"), format(0.000123, ".2g"), format(0.000123, "%"))
print(format(0.5, ".0%"), format(0.12345, ".1%"), format(1/3, ".10f"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+08d"), format(42, "=+8d"))
print(format(42, "x"), format(42, "#X"), format(42, "#b"), format(42, "o"), format(42, "c"))
print(format(1234567, ","), format(1234567, "_"), format(0xdeadbeef, "_x"))
print(format("text", "10"), format("text", ">10"), format("text", "*^10"), format("text", ".2"))
print(format(3.0, ""), format(3.0, "g"), format(1e16, ""), format(1e16, "g"), format(1e-5, ""))
print(format(True, ""), format(True, "d"), format(None, ""), format([1, 2], ""))
print(f"{'left':<8}|{'mid':^8}|{'right':>8}|")
print(f"{3.14159:.2f} {2.5:06.2f} {-2.5:06.2f} {1e10:,.0f}")
width, prec = 12, 3
print(f"{n:{width}.{prec}f}|{n:>{width}}|")
print(f"{255:#010x} {255:#010b}")
print(f"{'x'!r:>5} {'é'!a} {10!s:>4}")
print(f"{float('inf'):8.2f}|{float('-inf'):<8}|{float('nan'):^8}|")
print(f"{-0.0:.1f} {-0.0:+.1f} {0.0:+.1f} {-0.0:g}")
print(format(123, "n"), format(1.5, "n"), format(12345.6789, ".6n"))
for spec in ("d", ".2s", "z", "=s", ",s"):
    try:
        print(format("abc" if spec != "d" else 1.5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(12, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([], "x")
except TypeError as e:
    print(type(e).__name__, e)
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melon", 1, 2.75)]
for name, qty, price in rows:
    print(f"{name:<10}{qty:>4}{price:>8.2f}{qty * price:>9.2f}")
print(f"{'TOTAL':<10}{sum(r[1] for r in rows):>4}{'':>8}{sum(r[1]*r[2] for r in rows):>9.2f}")
