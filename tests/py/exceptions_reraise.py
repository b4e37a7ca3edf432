def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise
for n in [1, -1]:
    try:
        print(wrapper(n))
    except ValueError as e:
        print("outer got", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
        raise
except KeyError as e2:
    print(e2 is err)
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    except LookupError as e:
        raise LookupError(f"level {n}") from e
try:
    deep(3)
except LookupError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
e_var = "before"
try:
    raise ValueError("x")
except ValueError as e_var:
    pass
try:
    print(e_var)
except NameError as ne:
    print(type(ne).__name__, ne)
