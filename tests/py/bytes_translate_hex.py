# translate, maketrans, hex with separators, fromhex
table = bytes.maketrans(b"abc", b"ABC")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"de"))
print(b"hello".translate(None, b"l"), b"hello".translate(None), b"x".translate(table, delete=b"x"))
rot13 = bytes.maketrans(bytes(range(97, 123)), bytes(range(110, 123)) + bytes(range(97, 110)))
print(b"hello world".translate(rot13), b"uryyb jbeyq".translate(rot13))
blob = bytes(range(0, 256, 17))
print(blob.hex(), blob.hex(":"), blob.hex("-", 2), blob.hex(" ", -3), blob.hex(b"|", 4))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("  0A0b\n"))
print(bytes.fromhex(blob.hex()) == blob, bytearray.fromhex("ff00"), b"".fromhex("41"))
print(b"\x00\x01".hex(), b"".hex(":"), b"a".hex(":", 5))
for f in [lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex(b"ab"),
          lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"),
          lambda: blob.hex("::"), lambda: blob.hex(5), lambda: blob.hex("\xe9"),
          lambda: bytes.fromhex("0 1"), lambda: bytes.maketrans("a", "b")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", e)
