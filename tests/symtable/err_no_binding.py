def f():
    def g():
        nonlocal q
