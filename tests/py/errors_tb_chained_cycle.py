# a cycle of causes: each exception is printed once
def f():
    try:
        try:
            raise ValueError("a")
        except ValueError as a:
            first = a
            raise TypeError("b") from a
    except TypeError as b:
        first.__cause__ = b
        raise first
f()
