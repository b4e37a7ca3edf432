# lookup(): aliases, named sequences, case, computed names, bytes.
import unicodedata as u

names = [
    "NULL", "null", "NUL", "LINE FEED", "LF", "NEW LINE", "END OF LINE", "CARRIAGE RETURN",
    "CHARACTER TABULATION", "TAB", "ESCAPE", "DELETE", "NO-BREAK SPACE", "NBSP",
    "BYTE ORDER MARK", "BOM", "ZWNBSP", "ZERO WIDTH SPACE", "ZWSP", "ZWJ", "ZWNJ",
    "LATIN CAPITAL LETTER GHA", "latin small letter gha", "BEL", "ALERT", "BELL",
    "PADDING CHARACTER", "PAD", "SINGLE SHIFT TWO", "SS2", "VS1", "VS256",
    "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGWAEGG",
    "hangul syllable ga", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAX",
    "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
    "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000",
    "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-3134B", "CJK UNIFIED IDEOGRAPH-",
    "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
    "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK COMPATIBILITY IDEOGRAPH-FAFF",
    "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170", "NUSHU CHARACTER-1B2FC",
    "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001",
    "LATIN SMALL LETTER R WITH TILDE", "latin capital letter a with macron and grave",
    "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE SSA", "BENGALI LETTER KHINYA",
    "GEORGIAN LETTER U-BRJGU", "HIRAGANA LETTER BIDAKUON NGA",
    "LATIN SMALL LETTER A", " LATIN SMALL LETTER A", "LATIN SMALL LETTER A ",
    "LATIN  SMALL LETTER A", "LATIN_SMALL_LETTER_A", "HYPHEN-MINUS", "hyphen-minus",
    "TIBETAN MARK BKA- SHOG YIG MGO", "TIBETAN MARK TSA -PHRU", "", "A", "ZZZ",
]
for n in names:
    try:
        r = u.lookup(n)
        print(repr(n), ascii(r), len(r))
    except KeyError as e:
        print(repr(n), "KeyError", e)
print(ascii(u.lookup(b"SPACE")), ascii(u.lookup(b"latin small letter e with acute")))
# a named sequence or an alias is never what name() answers
print(u.name(u.lookup("NULL"), None), u.name(u.lookup("LATIN CAPITAL LETTER GHA")))
print([u.name(c) for c in u.lookup("LATIN SMALL LETTER R WITH TILDE")])
# "\N{...}" agrees with lookup() on aliases
print("\N{NBSP}" == u.lookup("NBSP"), "\N{latin capital letter gha}" == u.lookup("LATIN CAPITAL LETTER GHA"))
