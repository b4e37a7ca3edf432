def check(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zde"
    except ArithmeticError:
        return "arith"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception:
        return "generic"
for e in [ZeroDivisionError, OverflowError("o"), KeyError(1), IndexError(), ValueError(), RecursionError()]:
    print(check(e))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
except ValueError as e:
    print("propagated", e)
def handler_raises():
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
try:
    handler_raises()
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    raise TypeError("x")
except (ValueError, TypeError) as e:
    print(type(e).__name__, isinstance(e, (ValueError, TypeError)))
try:
    raise ValueError
except "ValueError" if False else ValueError:
    print("expression in except clause")
