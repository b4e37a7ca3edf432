try:
    int("x")
except ValueError as e:
    print("converting failed:", e)
    raise RuntimeError("wrapper") from e
