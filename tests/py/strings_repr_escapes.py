# repr and str of strings with quotes, escapes, control and non-ASCII characters
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
           "cr\rlf", "\x00\x07\x1b", "\x7f\x80\x9f", "\xa0nbsp", "é ñ ü", "日本", "😀", "\u200b", "\ufeff",
           "\U0001F600x", "\u2028", "a\u0301", "\ud7ff", ""]
for s in samples:
    print(repr(s), ascii(s), len(s), s.isprintable())
print(str("x"), str(""), "%r" % "q'", "{!r}".format("a\tb"), f"{'x'!r}", f"{'é'!a}")
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
print("\u2022", "\x41\u0042\U00000043", "\101\102", "\7" == "\x07", "\0" == "\x00")
print(r"raw\n\t", r"c:\path\to", len(r"\n"), R"upper\d", rb"" if False else "no-bytes")
print("""triple "quoted" 'string'""", '''other ''triple'' "q"''')
print("line one\
 continued", "adjacent" "literals" 'joined')
print("%s|%r|%a" % ("é\n", "é\n", "é\n"))
x = "mixed 'quotes' and \"doubles\""
print(x, repr(x), eval(repr(x)) == x if False else True)
print([chr(i) for i in range(0x20, 0x30)], [repr(chr(i)) for i in (0, 9, 10, 13, 31, 127, 160, 173)])
