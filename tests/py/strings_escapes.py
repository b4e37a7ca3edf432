s = "tab\there\nnewline \\ backslash \"quote\" 'single'"
print(s)
print(repr(s))
print(len("\n"), len("\\n"), len(r"\n"), r"C:\new\table", repr(r"\d+\.\d"))
print("\x41\x42", "\u00e9", "\U0001F600", "\u03b1", "\101")
print("a\
b")
print("""triple "double" quotes
spanning lines""")
print('''it's
ok''')
print("adjacent" " literals" ' joined')
print("\0" == chr(0), "\a\b\f\v" == "\x07\x08\x0c\x0b", repr("\a\b\f\v\r"))
print(repr("\u200b"), repr("\xa0"), repr("\xe9"), repr("\ud7ff"), repr("\U0010ffff"))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
u = "Grüße, 世界! 🎉"
print(u, len(u), u[7:9], u[-1], [ord(c) for c in u[-3:]])
print(u.encode if False else "no bytes", u.upper(), u.count("ü"), u.find("世"))
