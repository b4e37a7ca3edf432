# an exception inside a decorator: the call is marked at the decorator
def deco(f):
    return f(1)
def twice(f):
    return f
@twice
@deco
def g(x):
    return x / 0
