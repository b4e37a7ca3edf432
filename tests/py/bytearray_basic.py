# bytearray: construction, repr, comparisons, reading like bytes
a = bytearray(b"hello")
print(a, repr(a), len(a), a[0], a[-1], a[1:4], a[::-1], a[::2], type(a[1:3]).__name__)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(range(3)), bytearray(b"x"))
print(bytearray("h\xe9", "utf-8"), bytearray("abc", "ascii"), bytearray(bytearray(b"copy")))
print(bytearray(b"'"), bytearray(b'"'), bytearray(b"'\""), bytearray(b"\x00\t\n\xff"))
print(a == b"hello", b"hello" == a, a != bytearray(b"hellp"), a < b"help", b"hellp" > a)
print(a + b"!", b"<" + a, a + bytearray(b"?"), a * 2, 2 * a, a * 0)
print(b"ell" in a, 104 in a, 1 in a, list(a), [x for x in a if x > 104])
print(a.upper(), a.find(b"l"), a.rfind(b"l"), a.split(b"l"), a.replace(b"l", b"L"))
print(a.decode(), a.hex(), a.center(9, b"*"), a.title(), a.partition(b"l"))
print(a.startswith(b"he"), a.endswith(bytearray(b"lo")), a.count(108), a.isalpha())
print(bytearray(b"-").join([b"a", bytearray(b"b")]), bytearray(b"%d!") % 5)
print(sorted(a), max(a), min(a), sum(a), bytes(a), str(a))
for f in [lambda: hash(a), lambda: a[10], lambda: a["x"], lambda: a + "x", lambda: bytearray("x"),
          lambda: bytearray(1.5), lambda: bytearray([256]), lambda: bytearray(-1),
          lambda: bytearray(b"x", "utf-8"), lambda: {a: 1}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", e)
