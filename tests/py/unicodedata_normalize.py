# normalize() and is_normalized() on chosen strings, in the four forms.
import unicodedata as u

texts = [
    "", "abc", "caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\u0041\u030a", "\u212b", "\u2126",
    "\ufb01", "\u2460", "\u00bd", "\u1100\u1161\u11a8", "\uac00\u11a8", "\ud55c\uae00",
    "a\u0328\u0301\u0302", "a\u0301\u0328", "\u0e40\u0e01", "\u00c5\u0301", "x\u0300\u0316\u0301",
    "\u2000\u00a0\u3000", "\uff21\uff41", "\u3300", "\u1e0a\u0323", "\u1e0c\u0307",
    "\u0958", "\u2adc", "\U0001d15e", "\uf900", "\u00e9" * 5, "\u0344", "\u0f73",
    # Unicode 15 additions are unassigned in 14.0: left alone, never reordered
    "a\U0001e4ec\u0301", "a\u0301\U0001e4ec\u0316", "\U00011f41\u0300", "a\U0001e4ef",
    "\u0378\u0301", "e\u0378\u0301",
    chr(0xd800) + "e\u0301" + chr(0xdfff), "\U000e0001\u0301",
]
for t in texts:
    out = [ascii(t)]
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        r = u.normalize(form, t)
        out.append(form + "=" + ascii(r) + ("*" if u.is_normalized(form, t) else ""))
    print(" ".join(out))
s = "already"
print(u.normalize("NFC", s) is s, u.normalize("NFKD", s) == s)
