b = b"hello \xff\x00 world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1][:3])
print(b"abc" + b"def", b"ab" * 3, 3 * b"x", b"a" in b"cat", 97 in b"abc")
print("caf\u00e9".encode(), "caf\u00e9".encode("latin-1"), b"caf\xc3\xa9".decode())
print(bytes(3), bytes([65, 66, 67]), bytes("hi", "ascii"), list(b"AZ"))
print(b"a,b,,c".split(b","), b"-".join([b"x", b"y"]), b"  pad  ".strip(), b"Mixed".upper())
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"\x01\xab".hex())
print(b"abc" == b"abc", b"abc" < b"abd", hash(b"") == 0, repr(b"it's"), repr(b'say "x"'))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
