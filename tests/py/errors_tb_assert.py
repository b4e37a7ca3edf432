# AssertionError marks the comparison
def check(values):
    assert len(values) > 0 and values[0] != 1, "empty or one"
    return values

print(check([2]))
check([1])
