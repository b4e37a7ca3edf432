# category, bidirectional, combining, east_asian_width and mirrored of the
# code points of planes 0-3 and 14 (and every 16th of the others, which are
# unassigned or private use), summarised: how many code points have each
# value, and a checksum of where each property changes value.
import unicodedata as u

props = [("category", u.category), ("bidirectional", u.bidirectional),
         ("combining", u.combining), ("east_asian_width", u.east_asian_width),
         ("mirrored", u.mirrored)]
CODE_POINTS = [cp for cp in range(0x110000)
               if cp < 0x40000 or 0xe0000 <= cp < 0xe1000 or cp % 16 == 0]
for name, fn in props:
    counts = {}
    changes = 0
    check = 0
    prev = None
    for cp in CODE_POINTS:
        v = fn(chr(cp))
        counts[v] = counts.get(v, 0) + 1
        if v != prev:
            changes += 1
            check = (check * 1000003 + cp * 7 + len(str(v))) % 2305843009213693951
            prev = v
    print(name, changes, check)
    print("   ", sorted(counts.items(), key=lambda kv: str(kv[0])))

for c in "aA1 \t\n\u00e9\u0301\u05d0\u0627\u4e00\uac00\U0001f600\u200d\u2028\ud7a3\u00ad\u0660(){}<>\u00ab":
    print(ascii(c), u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.east_asian_width(c), u.mirrored(c))
for cp in (0x378, 0xe000, 0xf0000, 0x10fffd, 0x10ffff, 0xd800, 0xdfff, 0x20000, 0x3fffd, 0x1e4ec, 0x11f00):
    c = chr(cp)
    print(hex(cp), u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.east_asian_width(c), u.mirrored(c))
