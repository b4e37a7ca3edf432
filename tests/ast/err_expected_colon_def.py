def f() x
    pass
