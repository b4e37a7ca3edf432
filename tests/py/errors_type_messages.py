cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: "a" * 2.0, lambda: None + 1,
    lambda: -"s", lambda: ~1.5, lambda: len(5), lambda: 5(), lambda: "x"[None], lambda: {}[[]],
    lambda: 1 < "a", lambda: [] > {}, lambda: abs("x"), lambda: int(None), lambda: sum([1, "a"]),
    lambda: "%d" % "x", lambda: (1, 2) + [3], lambda: {1, 2} + {3}, lambda: 2 ** "x", lambda: "abc".join(5),
]
for i, c in enumerate(cases):
    try:
        c()
    except TypeError as e:
        print(i, type(e).__name__, e)
