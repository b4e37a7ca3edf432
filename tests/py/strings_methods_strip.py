print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")))
print(repr("".strip()), repr("   ".strip()))
print(repr("\t\n x \r\v\f".strip()))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("zz"))
print("body.txt".removesuffix(".txt"), "body.txt".removesuffix(".py"))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".startswith("l", 2))
print("hello".endswith("lo"), "hello".endswith(("x", "y")), "hello".endswith("l", 0, 4))
print("hello".startswith(""), "".startswith(""), "".endswith("a"))
try:
    "x".startswith(["x"])
except TypeError as e:
    print(type(e).__name__, e)
print(repr("ab".center(7, "*")), repr("ab".ljust(5, "-")), repr("ab".rjust(5)))
print(repr("abc".center(2)), repr("abc".zfill(6)), repr("-42".zfill(6)), repr("+7".zfill(4)))
print(repr("".zfill(3)), repr("a\tb\tc".expandtabs()), repr("a\tbb\tc".expandtabs(4)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
