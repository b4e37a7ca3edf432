def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed for " + repr(s)) from e
for s in ["12", "x1"]:
    try:
        print(parse(s))
    except RuntimeError as e:
        print(type(e).__name__, e)
        print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__context__)
try:
    raise TypeError("x") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(ValueError()))
