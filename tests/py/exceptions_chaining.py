def low():
    raise KeyError("missing")
def mid():
    try:
        low()
    except KeyError as e:
        raise ValueError("bad value") from e
try:
    mid()
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("no ctx") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise LookupError("plain")
except LookupError as e:
    print(e.__cause__, e.__context__, e.args)
