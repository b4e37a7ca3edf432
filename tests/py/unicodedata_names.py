# name() of every code point, and lookup() of every name back, in upper and
# lower case (computed names are matched only as written).
import unicodedata as u

named = 0
computed = 0
length = 0
check = 0
for cp in range(0x110000):
    c = chr(cp)
    n = u.name(c, None)
    if n is None:
        continue
    named += 1
    length += len(n)
    check = (check * 31 + len(n) * cp) % 1000000007
    assert u.lookup(n) == c, n
    low = n.lower()
    if n.startswith("CJK UNIFIED IDEOGRAPH-") or n.startswith("HANGUL SYLLABLE "):
        computed += 1
        try:
            u.lookup(low)
            print("found", low)
        except KeyError:
            pass
    else:
        assert u.lookup(low) == c, low
    if cp % 997 == 0:
        print(hex(cp), n)
print(named, computed, length, check)
print(u.name("a"), u.name("\u00e9"), u.name("\U0001f600"), u.name("\uac00"), u.name("\ud7a3"))
print(u.name("\u4e00"), u.name("\U00020000"), u.name("\U0003134a"), u.name("\uf900"))
print(u.name("\U00018b00"), u.name("\U0001b170"), u.name("\u0f0a"), u.name("\u0f39"))
for cp in (0, 0x1f, 0x7f, 0x9f, 0xe000, 0xd800, 0x17000, 0x18d00, 0x378, 0x10ffff):
    print(hex(cp), u.name(chr(cp), "<none>"))
