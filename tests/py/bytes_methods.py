# bytes' rarer methods: searching from the right, splitting, padding, case
data = b"The quick brown fox jumps over the lazy dog"
print(data.rfind(b"o"), data.rindex(b"the"), data.rfind(b"cat"), data.rfind(111, 0, 20))
print(data.count(b"o"), data.count(32), data.find(ord("q")), data.index(b"fox", 10, 30))
print(data.rsplit(None, 2), data.rsplit(b"o", 2), data.split(b" ", 3))
print(data.partition(b" fox "), data.rpartition(b"o"), data.partition(b"cat"))
print(data.title(), data.swapcase(), data.capitalize(), b"hELLO wORLD".title())
print(data.center(50, b"*"), data.ljust(45, b"."), data.rjust(45))
print(b"42".zfill(6), b"-42".zfill(6), b"+4".zfill(1), b"".zfill(3))
print(b"a\tbc\td\n\te".expandtabs(), b"a\tbc\td".expandtabs(3), b"x\ty".expandtabs(tabsize=0))
print(b"one\ntwo\r\nthree\rfour\n".splitlines(), b"a\n\nb\r\n".splitlines(keepends=True))
print(data.removeprefix(b"The "), data.removesuffix(b"dog"), data.removesuffix(b"cat"))
for b in [b"", b"abc", b"ABC", b"Abc Def", b"abc1", b"123", b" \t", b"a\x80", b"Hello World!"]:
    print(b, b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isupper(),
          b.istitle(), b.isspace())
print(b"  x  ".strip(), b"xyxhixyx".strip(b"xy"), b"<<a>>".lstrip(b"<"), b"<<a>>".rstrip(b">"))
print(b"a-b-c".replace(b"-", b"+", 1), b"abc".replace(b"", b"."), b"aaa".replace(b"a", b"bb"))
print(b",".join([b"x", bytearray(b"y"), b"z"]), b"".join([]), b"ab".startswith((b"x", b"a")))
for f in [lambda: data.rindex(b"cat"), lambda: data.partition(b""), lambda: data.center(60, b"ab"),
          lambda: data.zfill("9"), lambda: data.rsplit(b""), lambda: data.count(256),
          lambda: data.removeprefix("The"), lambda: data.find([1]), lambda: data.ljust()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", e)
