# raise ... from None hides the context; a three-level chain
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad value") from None

def outer():
    try:
        inner()
    except ValueError:
        [].pop()

outer()
