b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[:5])
print(list(b[:3]), bytes([72, 105]), bytes(3))
print(b.upper(), b.lower())
print(b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"))
print(b.startswith(b"Hell"), b.endswith(b"x"), b.count(b"l"))
print(b.hex(), b"-".join([b"a", b"b", b"c"]))
print(b.decode(), "h\u00e9llo".encode(), b"caf\xc3\xa9".decode())
print(b + b"!", b[:2] * 3)
print(b"abc" < b"abd", b"a" in b"cat", 97 in b"cat")
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"a,b,,c".split(b","))
print(b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(repr(b"\x00\xff\n\t'"), repr(b'"'))
print(b.index(b"W"), sorted(b"banana"), set(b"aab") == {97, 98})
for t in [lambda: b"abc" + "def", lambda: b"abc"[10], lambda: bytes([256]),
          lambda: b"\xff".decode("utf-8"), lambda: "x" + b"y", lambda: b"abc".index(b"z"),
          lambda: b"a".join(["b"])]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, "|", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
