# \N{name} escapes in str literals: stored names in any case, aliases,
# computed names (CJK ideographs, Hangul syllables), and bytes keeping \N.
s = "\N{LATIN SMALL LETTER A}\N{Latin Capital Letter B}\N{latin small letter c}"
print(s, len(s))
print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{GRINNING FACE}"))
print(ascii("\N{NULL}\N{LINE FEED}\N{LF}\N{CARRIAGE RETURN}\N{NBSP}"))
print(ascii("\N{BYTE ORDER MARK}\N{ZWSP}\N{LATIN CAPITAL LETTER GHA}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-fa6d}"))
print(ascii("\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{NUSHU CHARACTER-1B170}"))
print(ascii("\N{HYPHEN-MINUS}\N{TIBETAN MARK BKA- SHOG YIG MGO}\N{TIBETAN MARK TSA -PHRU}"))
print(ascii("x\N{DIGIT ONE}y" "\N{DIGIT TWO}" 'z'))
print(ascii('''\N{SNOWMAN}
\N{COMET}'''))
print(ascii("é\N{COMBINING ACUTE ACCENT}\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(ascii("a\
\N{DIGIT NINE}"))
print("\N{DIGIT ONE}" == "1", "\N{SPACE}" == " ")
print(ascii(u"\N{EURO SIGN}"))
# raw strings and bytes keep the escape as written
print(r"\N{DIGIT ONE}", len(r"\N{DIGIT ONE}"))
print(b"\N{DIGIT ONE}", rb"\N", br"\N{x}", b"a\Nb")
print(len(b"\N{DIGIT ONE}"))
