# printf-style formatting of bytes
print(b"%s and %s" % (b"spam", b"eggs"), b"%b" % bytearray(b"ba"), b"%%d" % ())
print(b"%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print(b"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), b"%i %u" % (-3, 7))
print(b"%f %.2f %10.3f %e %.3E %g %G" % (3.14159, 2.5, 1 / 3, 12345.678, 0.000123, 1e-5, 1e20))
print(b"%c%c%c" % (72, b"i", bytearray(b"!")), b"[%5c][%-3c]" % (65, 66))
print(b"%r %a" % ("caf\xe9", [1, "\u20ac"]), b"%r" % b"raw")
print(b"%.3s|%6s|%-6b|%6.2s|" % (b"abcdef", b"ab", b"cd", b"xyz"))
print(b"%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 7}, b"100%%" % ())
print(bytearray(b"%d-%s") % (1, b"x"), b"%d" % True, b"%d" % 2.9, b"%x" % 10 ** 20)
print(b"%s" % (b"tuple",), b"no args" % (), b"%s" % b"\xff\x00")
for f, a in [(b"%d", "x"), (b"%s", "str"), (b"%c", 256), (b"%c", "a"), (b"%f", "1"), (b"%x", 1.5),
             (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%q", 1), (b"%", ()), (b"%(a)s", 5),
             (b"%*d", ("x", 1)), (b"%(a", {}), (b"%c", b"ab"), (b"x", 1)]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, "|", e)
