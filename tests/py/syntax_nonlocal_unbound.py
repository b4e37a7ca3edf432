def outer():
    def inner():
        nonlocal nothing_here
    return inner
