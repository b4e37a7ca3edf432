a, *b = [1, 2, 3]
def f():
    first, *rest = range(5)
    [c, d] = 1, 2
    return first, rest, c, d
