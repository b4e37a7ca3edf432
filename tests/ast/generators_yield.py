def g():
    yield
    yield x
    yield x, y
    yield *a, b
    x = yield
    x = yield y
    y = yield from z
    await_ = yield (yield)
    f((yield))
    return (yield)
    [(yield x) for _ in ()]
