s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s * 2, s + " world")
print("ell" in s, "z" in s, s.upper(), "MiXeD".lower())
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("caf\u00e9"), repr("\u20ac"))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
name = "glasspy"
version = 3
print(f"{name} {version}", f"{name!r}", f"{version + 1}", f"{'nested'}")
print(str(1) + str(2.5) + str(None) + str(True))
print(ord("A"), chr(65), chr(0x1F600) == "\U0001F600", ascii("caf\u00e9"))
words = ["b", "a", "c"]
print(len(words), words)
print("x" * 0, "ab" * 3)
