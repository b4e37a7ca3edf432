# decode and encode with error handlers, and bytes() construction
raw = b"caf\xc3\xa9 \xff\xfe na\xefve \xed\xa0\x80 end"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(raw.decode("utf-8", errors)), repr(raw.decode("ascii", errors)))
print(repr(raw.decode("latin-1")), repr(raw.decode(encoding="UTF8", errors="replace")))
lone = b"\xff".decode("utf-8", "surrogateescape")    # a lone surrogate, U+DCFF
text = "na\xefve \u20ac \U0001f600 " + lone
for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, text.encode("ascii", errors), text.encode("latin-1", errors))
s = b"\xff\xfeok".decode("utf-8", "surrogateescape")
print(repr(s), s.encode("utf-8", "surrogateescape"), s.encode("ascii", "surrogateescape"))
print(bytes(), bytes(4), bytes([1, 2, 3]), bytes(range(65, 70)), bytes(b"x"), bytes(bytearray(b"y")))
print(bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"), bytes("h\xe9", "ascii", "replace"))
print(bytes(source="abc", encoding="ascii"), bytes(x for x in [104, 105]), bytes((1, 2)))
for f in [lambda: raw.decode(), lambda: raw.decode("ascii"), lambda: raw.decode("utf-8", "bogus"),
          lambda: raw.decode("nope"), lambda: text.encode("ascii"), lambda: (lone + "x").encode("utf-8"),
          lambda: "\u20ac".encode("ascii", "surrogateescape"), lambda: bytes("x"),
          lambda: bytes(b"x", "utf-8"), lambda: bytes(-1), lambda: bytes([256]),
          lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes("x", None),
          lambda: raw.decode("utf-8", "xmlcharrefreplace"), lambda: bytes(10 ** 30)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", e)
