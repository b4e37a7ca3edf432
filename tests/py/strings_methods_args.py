s = "hello world"
print(s.find("o", None), s.find("o", None, 5), s.count("o", -5), s.startswith("wor", 6), s.endswith("hello", None, 5))
print(s.split(None), s.split(maxsplit=1), s.rsplit(sep="o", maxsplit=1), s.replace("l", "L", -1), s.replace("l", "L", 0))
print(s.center(3), s.ljust(-1), s.zfill(-5), s.expandtabs(0) if "\t" in s else s.title())
print(s.index("w", 0, len(s)), s[slice(None, None, None)], s.strip(None), s.lstrip("hel"))
print(s.splitlines(keepends=False), "a\nb".splitlines(keepends=True), s.encode if False else s.isascii())
try:
    s.find()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count(None)
except TypeError as e:
    print(type(e).__name__, e)
