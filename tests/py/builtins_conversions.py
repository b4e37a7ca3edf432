print(str(1), str(1.0), str(None), str(True), str([1, "a"]), str({"k": (1,)}), str(""), repr(""))
print(int("7"), int(7.9), int(-0.5), float("3"), float(3), bool(""), bool("False"), bool(0.0), bool([None]))
print(list("ab"), tuple([1]), set([1, 1]), dict([("a", 1)]), frozenset("aa"))
print(chr(65), chr(0x263A), ord("A"), ord("€"), ord("\n"), chr(0))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print(bin(0), bin(-5), oct(64), hex(-255), hex(0), bin(2 ** 40))
print(abs(-3), abs(-3.5), abs(True), abs(-0.0))
print(round(3.14159, 2), round(-1.005, 2), round(5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(2, 8), pow(2.0, -2), pow(7, 2, 5), pow(-7, 2, 5))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\t\\"), repr("é\x00\x1f\x7f"))
print(ascii("héllo ☃ 😀"), ascii([1, "ü"]), repr("😀"))
print(format(255, "x"), format(255, "#b"), format(0.5, "%"), format("ab", "^6"), format(1234, ","))
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
