g = 0
def f():
    global g
    g = 1
    h = 2
    def k():
        nonlocal h
        h += 1
        return g
    return k
