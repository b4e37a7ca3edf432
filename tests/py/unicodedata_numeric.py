# decimal, digit and numeric of every code point, and their defaults.
import unicodedata as u

values = {}
ndec = ndig = 0
dsum = 0
for cp in range(0x110000):
    c = chr(cp)
    d = u.decimal(c, None)
    g = u.digit(c, None)
    n = u.numeric(c, None)
    if d is not None:
        ndec += 1
        dsum += d * (cp % 97)
        assert g == d and n == d, hex(cp)
    if g is not None:
        ndig += 1
        assert n == g, hex(cp)
    if n is not None:
        values.setdefault(n, []).append(cp)
print("decimal", ndec, dsum, "digit", ndig, "numeric", sum(len(v) for v in values.values()))
for v in sorted(values):
    cps = values[v]
    print(repr(v), len(cps), hex(cps[0]), hex(cps[-1]))
for c in "7\u0667\u00b2\u2155\u216b\u3007\u4e07\U00012432\u0f33\u2189x":
    print(ascii(c), u.decimal(c, -1), u.digit(c, -1), u.numeric(c, -1))
print(u.numeric("\u00bd"), u.numeric("\u2152"), u.numeric("\u0f33"), u.numeric("\U0001ed3d"))
