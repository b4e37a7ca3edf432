s = "a,b,,c,"
print(s.split(","))
print(s.split(",", 1))
print(s.split(",", -1))
print(s.rsplit(",", 2))
print("  hello   world  ".split())
print("  hello   world  ".split(None, 1))
print("  hello   world  ".rsplit(None, 1))
print("".split())
print("".split(","))
print("abc".split("abc"))
print("a\tb\nc\r\nd  e".split())
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\r\nline3\n".splitlines(True))
print("".splitlines())
print("x".partition("y"), "x".rpartition("y"))
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]))
print("".join([]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print("é,ü,ß".split(","))
print("a b c".split(" ", 0))
