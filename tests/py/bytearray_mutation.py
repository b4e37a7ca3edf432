# bytearray's list-like mutation
a = bytearray(b"abc")
a.append(100); a.extend(b"ef"); a.extend([103, 104]); a.extend(range(105, 107)); print(a)
a.insert(0, 65); a.insert(-1, 90); a.insert(100, 33); a.insert(-100, 60); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("c")); print(a)
a[0] = 120; a[-1] = 121; print(a)
a[1:3] = b"XYZW"; print(a)
a[2:2] = [1, 2]; print(a)
a[:] = a[::-1]; print(a)
del a[0]; del a[-2:]; del a[::3]; print(a)
a[::2] = bytes(len(a[::2])); print(a)
a[1:4] = b""; print(a)
a[::-1] = b""; print(a)
a += b"more"; a += bytearray(b"!"); print(a)
b = a; b *= 2; print(a is b, a)
a *= 0; print(a, len(a))
c = bytearray(b"xyz"); d = c.copy(); d.reverse(); print(c, d, c is d)
c.clear(); print(c, len(c))
e = bytearray(b"12345"); e[1:3] = e; print(e)
e[::2] = [65, 66, 67, 68, 69][: len(e[::2])]; print(e)
for f in [lambda: bytearray().pop(), lambda: bytearray(b"a").pop(3), lambda: bytearray(b"a").remove(9),
          lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"),
          lambda: bytearray(b"a").insert(0), lambda: bytearray(b"a").extend(5),
          lambda: bytearray(b"a").extend(["a"]), lambda: bytearray(b"a").copy(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", e)
y = bytearray(b"abcd")
for key, value in [(0, 300), (5, 1), (0, b"a"), (slice(0, 1), "s"), (slice(0, 1), 7),
                   (slice(None, None, 2), b"xyz"), ("k", 1), (slice(None, None, 2), [1, 2])]:
    try:
        y[key] = value
        print(y)
    except Exception as e:
        print(type(e).__name__, "|", e)
for key in [9, "k", slice(None, None, -2)]:
    try:
        del y[key]
        print(y)
    except Exception as e:
        print(type(e).__name__, "|", e)
x = bytearray(b"ab")
try:
    x += "cd"
except TypeError as e:
    print("TypeError |", e, x)
try:
    x *= "2"
except TypeError as e:
    print("TypeError |", e, x)
