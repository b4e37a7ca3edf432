name = "a"
def f(width):
    return f"{name!r:>{width}}"
