x = 0
def f():
    global x
    x += 1
def g():
    y = 0
    def h():
        nonlocal y
        y += 1
    return h
