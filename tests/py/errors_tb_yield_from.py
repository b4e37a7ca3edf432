# a generator delegating with yield from
def gen():
    yield from inner()
def inner():
    yield 1
    raise ValueError("x")
list(gen())
