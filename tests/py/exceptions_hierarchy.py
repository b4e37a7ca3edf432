pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (StopIteration, Exception),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
         (ValueError, Exception), (ModuleNotFoundError, ImportError),
         (AssertionError, Exception), (AttributeError, Exception), (TypeError, ValueError), (bool, int)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return "lookup: " + repr(e)
    except ArithmeticError as e:
        return "arith: " + repr(e)
    except (TypeError, ValueError) as e:
        return "tv: " + repr(e)
    except Exception as e:
        return "other: " + type(e).__name__
for exc in [KeyError("k"), IndexError(3), ZeroDivisionError("z"), OverflowError(), ValueError("v", 2), TypeError, RuntimeError("r")]:
    print(classify(exc))
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
try:
    raise SystemExit(3)
except BaseException as e:
    print(type(e).__name__, e)
