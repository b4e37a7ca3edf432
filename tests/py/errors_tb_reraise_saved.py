# re-raising a saved exception inside another handler: the traceback grows
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    try:
        raise KeyError("k")
    except KeyError:
        raise err
f()
