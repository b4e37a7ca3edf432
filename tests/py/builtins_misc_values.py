# abs, bool, len, chr/ord, bin/oct/hex, ascii/repr/str, callable, getattr/hasattr, isinstance
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print([bool(x) for x in (0, 1, -1, 0.0, "", " ", [], [0], {}, set(), None, (), ((),), range(0), range(1))])
print(len("héllo"), len([None] * 7), len({1: 2}), len(range(0, 100, 7)), len(range(10, 0)), len(b"ab" if False else "ab"))
print(chr(65), chr(0x3b1), chr(128512), ord("A"), ord("\n"), ord("€"), [chr(c) for c in range(97, 102)])
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), hex(0), bin(0), bin(2 ** 65))
print(ascii("plain"), ascii("tab\t"), ascii("ünï"), ascii([1, "é"]), repr("quote'd"), repr('dou"ble'), repr("bo'th\""))
print(str(1.0), str(1e16), str(1e-7), str(123456789.0), repr(0.1), str(-0.0), str(2 ** 0.5))
print(str(None), str(True), str([1, "a"]), str({"k": (1,)}), str(("x",)), str(()), str(set()))
print(callable(len), callable(print), callable(lambda: 0), callable(5), callable("s"), callable(int), callable(str.upper))
print(hasattr("s", "upper"), hasattr(5, "real"), hasattr([], "nope"), getattr(5, "imag"), getattr([], "nope", "dflt"))
print(getattr("abc", "upper")(), getattr(3.5, "is_integer")(), (7).bit_length(), (255).to_bytes(2, "big") if False else 0)
try:
    getattr(5, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance(None, type(None)), issubclass(bool, int), issubclass(int, (str, object)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(1) is int, type(True) is bool, type(1.0).__name__, type("").__name__, type([]) == list, type(type))
print(int.__name__, str.__name__, type(None).__name__, type(len).__name__, type(lambda: 0).__name__)
print(id(5) == id(5), id([]) != 0, hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(divmod(17, 5), pow(2, 8), round(2.567, 2), max(1, 2), min("b", "a"), sorted("cba"), list(range(3)))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), complex.__name__ if False else "")
print(float("1e3"), float(" -2.5 "), float("inf"), float(10 ** 20), float(True), int(" 7 "), int(-2.9))
print(str(123), str(-0), repr("x"), repr(1e100), repr(123456789012345678), repr([1.0, 2.50]))
print(format(3.14159, ".3"), format(1234, ","), format(0.5, "%"), format("x", "^5"), format(-1, "+"))
print(ord(chr(0x10FFFF)), chr(ord("z") - 25), "".join(chr(ord(c) + 1) for c in "HAL"))
