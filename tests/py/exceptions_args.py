for e in [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), KeyError("key"), KeyError(),
          KeyError("a", "b"), IndexError("list index out of range"), Exception(None), Exception(""), RuntimeError("x")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    {}["x y"]
except KeyError as e:
    print(e, e.args, repr(e))
try:
    {}[("t", 1)]
except KeyError as e:
    print(e, e.args)
try:
    raise Exception("multi", [1, 2], {"k": 1})
except Exception as e:
    print(e, len(e.args), e.args[1])
print(StopIteration(5).args, SystemExit(7).args)
