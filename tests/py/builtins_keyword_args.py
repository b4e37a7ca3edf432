# built-in functions called with their arguments by name
print(pow(2, 10, mod=1000), pow(base=3, exp=4), pow(exp=2, base=9), pow(2, exp=-1))
print(round(number=2.675, ndigits=2), round(2.5, ndigits=None), round(number=7), round(1234, ndigits=-2))
print(list(enumerate(iterable="ab", start=1)), list(enumerate("xy", start=-3)), list(enumerate(iterable=[])))
print(int("ff", base=16), int(x="12") if False else int("12", 10), sorted([3, 1, 2], reverse=True, key=None))
print(max([1, 5, 3], key=lambda v: -v), min([], default="empty"), max((), key=len, default=None))
print(sum([1, 2], start=10), sum(range(4), 0), "x".join(["a", "b"]), "a b c".split(maxsplit=1), "a,b".split(sep=","))
print("hello".replace("l", "L", 1), "abc".center(7, "*"), "7".zfill(3), "ab".ljust(4, "."), "x".rjust(3))
print(list(zip("ab", "cd", strict=True)), print("inline", sep="", end=" ") or "after")
for call in (lambda: pow(2), lambda: pow(), lambda: pow(1, 2, 3, 4), lambda: pow(2, exp=3, base=1),
             lambda: pow(2, 3, modulo=1), lambda: round(), lambda: round(1, 2, 3), lambda: round(1.5, nd=1),
             lambda: round(ndigits=1), lambda: enumerate(), lambda: enumerate([], 1, 2), lambda: enumerate([], st=1),
             lambda: enumerate([], 1, start=2), lambda: enumerate([], "x"), lambda: sorted([1], cmp=None),
             lambda: "a".split(x=1), lambda: int("1", bass=2)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
