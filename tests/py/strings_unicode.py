samples = ["café", "naïve", "日本語", "😀👍", "Ωmega", "straße", "İstanbul", "ﬀ", "Ⅻ", "a\u0308"]
for s in samples:
    print(s, len(s), s.upper(), s.lower(), s[::-1], [hex(ord(c)) for c in s][:3], s.isalpha())
print(sorted(samples))
print("ß".upper(), "ß".casefold(), "ß".lower(), "ΣΑΣ".lower(), "σας".upper())
print("Ǆ".lower(), "ǆ".title(), "ǅ".isupper(), "ǅ".istitle())
print(ascii("日本"), repr("日本"), "日本".center(6, "-"), f"{'日本':>6}|")
print(chr(0x1F600), ord("😀"), len("😀"), "😀" * 3, "a😀b".find("b"), "a😀b".split("😀"))
print("é".isidentifier(), "日本".isidentifier(), "٣".isdigit(), int("٣٤"), "①".isdigit(), "①".isdecimal())
