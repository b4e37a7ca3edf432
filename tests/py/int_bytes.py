print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (0).to_bytes(0, "big"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (2**70).to_bytes(9, "big"))
print(int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\x00\xff", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x01" * 12, "little"), int.from_bytes(b"\x80", "big"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
          lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big")]:
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
x = 123456789
print(int.from_bytes(x.to_bytes(8, "little"), "little") == x)
