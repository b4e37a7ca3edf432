# raising and re-raising: bare raise, raise from, exception variables, except with tuples, args
def t(name, f):
    try:
        f()
        print(name, "no error")
    except BaseException as e:
        print(name, type(e).__name__, e, repr(e.__context__), repr(e.__cause__))
def bare_raise():
    raise
t("bare raise", bare_raise)
def raise_class():
    raise ValueError
t("raise class", raise_class)
def raise_instance_from_class():
    raise KeyError from ValueError
t("from class", raise_instance_from_class)
def raise_from_non_exc():
    raise KeyError("k") from 5
t("from int", raise_from_non_exc)
def raise_non():
    raise 5
t("raise int", raise_non)
def raise_in_handler_then_bare():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as inner:
            raise ValueError("converted")
t("handler chain", raise_in_handler_then_bare)
def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
t("reraise outer after nested", reraise_after_nested)
def exc_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err
t("exc var cleared", exc_var_cleared)
def except_tuple_dynamic():
    errs = (KeyError, IndexError)
    try:
        [][1]
    except errs as e:
        raise TypeError("caught " + type(e).__name__)
t("dynamic tuple", except_tuple_dynamic)
def except_non_class():
    try:
        1 / 0
    except 5:
        pass
t("except int", except_non_class)
def generator_exit_in_finally():
    def g():
        try:
            yield 1
        finally:
            raise ValueError("from finally")
    it = g()
    next(it)
    it.close()
t("close raising", generator_exit_in_finally)
def stop_iteration_from_next():
    it = iter([])
    def g():
        yield next(it)
    list(g())
t("pep479", stop_iteration_from_next)
def keyboard():
    raise KeyboardInterrupt
t("keyboard", keyboard)
def sysexit():
    import sys
    sys.exit(4)
t("sysexit", sysexit)
def exc_args_mutation():
    e = ValueError("a")
    e.args = ("b", "c")
    raise e
t("args set", exc_args_mutation)
def exc_str_of_list_arg():
    raise ValueError([1, 2])
t("list arg", exc_str_of_list_arg)
def nested_finally_return():
    try:
        try:
            raise KeyError(1)
        finally:
            raise IndexError(2)
    finally:
        pass
t("finally replaces", nested_finally_return)
