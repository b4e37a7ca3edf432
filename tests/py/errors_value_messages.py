cases = [
    lambda: int("12a"), lambda: int("9", 8), lambda: float("1.2.3"), lambda: [1, 2].index(3),
    lambda: "abc".index("d"), lambda: list(range(3)).remove(7), lambda: chr(-5),
    lambda: int("10", 1), lambda: range(1, 2, 0), lambda: "a".center(-1) or int(""),
    lambda: divmod(1, 0), lambda: (1, 2, 3)[5], lambda: [][-1], lambda: "ab"[2],
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", repr(r))
    except (ValueError, ZeroDivisionError, IndexError) as e:
        print(i, type(e).__name__, e)
