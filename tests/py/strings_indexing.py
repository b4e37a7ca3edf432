s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[::-1], s[::2], s[1::2], s[-3:-1])
print(repr(s[10:]), repr(s[4:2]), s[-100:100], s[::-2])
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "J"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
u = "héllo wörld ☃ 😀"
print(len(u), u[1], u[-1], u[12], u[::-1], u.upper())
print([c for c in "añb"])
print(ord(u[-1]), hex(ord(u[12])), chr(9731), chr(128512) == u[-1])
print(s * 3, s * 0, s * -1, 2 * "ab")
print("a" < "b", "a" < "B", "abc" < "abd", "" < "a", "é" > "z", "Z" < "a")
print(min("hello"), max("hello"), sorted("hello"), list("abc"))
