# string methods with unusual arguments: maxsplit, negative indices, empty strings
s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.rsplit(",", 2), s.split(",", 0), s.split(",", -1))
print("  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "".split(), "".split(","))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
print("hello".find("l"), "hello".rfind("l"), "hello".find("l", 3), "hello".find("l", -2), "hello".find(""), "hello".find("", 10))
print("hello".count(""), "aaaa".count("aa"), "hello".count("l", 0, 3), "hello".index("o", -1))
print("abc".startswith(("x", "a")), "abc".endswith(("b", "c")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "  \t\n hi \n".strip(), "abcba".strip("ab"))
print("hello".replace("l", "L", 1), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "".replace("", "z"))
print("hello world".title(), "hello-world_foo bar".title(), "they're bill's".title(), "ABC".capitalize(), "".capitalize())
print("Tab\tTab".expandtabs(2), "12345".zfill(8), "-12".zfill(5), "+3".zfill(4), "abc".zfill(2))
print("abc".center(8, "*"), "abc".center(2), "ab".center(5), "abc".ljust(6, "."), "abc".rjust(6, "."))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print(",".join([]), ",".join(["a"]), ", ".join(map(str, range(5))), "".join(reversed("stressed")))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".index("d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".split(",", "x")
except TypeError as e:
    print(type(e).__name__, e)
print("abc" * 0, "abc" * -1, "ab" * 3, 3 * "x", "a" + "b" * 2)
print("isdigit", "123".isdigit(), "12.3".isdigit(), "".isdigit(), "  ".isspace(), "".isspace(), "Ab1".isalnum())
print("case", "HELLO".isupper(), "Hello".isupper(), "hello123".islower(), "123".islower(), "Title Case".istitle())
print("removeprefix", "prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"))
print("swap", "Hello World".swapcase(), "ß".swapcase(), "casefold", "HeLLo".casefold() == "hello")
print("compare", "apple" < "banana", "Zebra" < "apple", "abc" < "abcd", "" < "a", "a" * 3 == "aaa")
print("in", "ell" in "hello", "" in "", "x" not in "abc", "LL" in "hello".upper())
print("find-all", [i for i in range(len("banana")) if "banana".startswith("a", i)])
print("translate", "hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate(str.maketrans("abc", "xyz")))
print("format_map", "{a}-{b}".format_map({"a": 1, "b": 2}), "encode-ish", [ord(c) for c in "hé"])
