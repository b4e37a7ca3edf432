x = 5
assert x == 5, "fine"
print("first assert passed")
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
assert x < 0, ("tuple", "msg")
