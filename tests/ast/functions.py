def f(): pass
def f(a): pass
def f(a, b): pass
def f(a=1): pass
def f(a, b=1, c=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(*, a, b=2): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *, b): pass
def f(a, /, b, *args, c, d=4, **kw): pass
def f(a: int, b: str = "x", *args: int, c: bool = True, **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f() -> int:
    return 1
def f():
    return
def f():
    return 1, 2
def f():
    return *a, b
def f():
    yield
    yield 1
    yield 1, 2
    yield from g()
    x = yield
def f(a,): pass
def f(*, a,): pass
def f(a, *args,): pass
def f(**kw,): pass
def outer():
    def inner():
        nonlocal x
        global y
        return x
    return inner
def f():
    """docstring"""
    pass
