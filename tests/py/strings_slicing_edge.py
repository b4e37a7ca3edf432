s = "0123456789"
for sl in [(None, None, -1), (2, None, None), (None, -2, None), (-3, None, None), (8, 2, -2), (1, 9, 3), (9, None, -3), (-1, -11, -1), (100, -100, -1), (5, 5, None), (3, 1, None)]:
    print(sl, repr(s[slice(*sl)]) if False else repr(s[sl[0]:sl[1]:sl[2]]))
print(s[::1] == s, s[:] is s or True, s[len(s):], s[-len(s)], s[-0])
u = "αβγδε"
print(u[1:-1], u[::-2], u[-2:], u[:0], u[4], len(u[::3]))
print("abc"[True], "abc"[False:True], "abcdef"[1::2][::-1])
try:
    s[1:2:0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1":]
except TypeError as e:
    print(type(e).__name__, e)
