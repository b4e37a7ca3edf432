def gen():
    yield 1
    x = yield
    yield from range(3)
def not_gen():
    return 1
