# The four normal forms of every code point of planes 0-3 and 14 (the
# others are unassigned or private use), alone and followed by two
# combining marks: a checksum of the results, and the count that change.
import unicodedata as u

for form in ("NFC", "NFD", "NFKC", "NFKD"):
    changed = 0
    check = 0
    for cp in list(range(0xd800)) + list(range(0xe000, 0x40000)) + list(range(0xe0000, 0xe1000)):
        c = chr(cp)
        r = u.normalize(form, c)
        if r != c:
            changed += 1
            for ch in r:
                check = (check * 1000003 + ord(ch)) % 2305843009213693951
        if cp % 5 == 0:
            t = c + "\u0316\u0301"
            r = u.normalize(form, t)
            if r != t:
                for ch in r:
                    check = (check * 1000003 + ord(ch) + 1) % 2305843009213693951
    print(form, changed, check)
