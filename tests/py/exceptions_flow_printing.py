# try/except/else/finally ordering, chaining with from, args, and printing exceptions
def trial(n):
    out = []
    try:
        out.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            raise KeyError("two")
        if n == 3:
            return out + ["returned"]
    except ValueError as e:
        out.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        out.append(f"except {type(e).__name__} {e}")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for n in range(4):
    print(n, trial(n))

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot convert {s!r}") from e
try:
    convert("abc")
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError("a", 1, [2])
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), str(KeyError("k")), str(KeyError()))
print(str(Exception("x", "y")), repr(Exception("x")), repr(IndexError(3)), str(OSError(2, "No such file")))
print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError), issubclass(RecursionError, RuntimeError))
try:
    raise IndexError
except LookupError as e:
    print("caught by base:", type(e).__name__, repr(e), e.args)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        raise
    finally:
        print("outer finally")
try:
    nested()
except ValueError as e:
    print("top caught", e)
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(finally_swallows())
err = None
try:
    [][0]
except IndexError as exc:
    err = exc
print(type(err).__name__, err)
try:
    exc
except NameError as e:
    print(type(e).__name__, e)
for e in (OSError(5, "Input/output error", "f.txt"), FileNotFoundError(2, "No such file or directory"), OSError("plain")):
    print(type(e).__name__, e, e.errno, e.strerror, e.filename)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
