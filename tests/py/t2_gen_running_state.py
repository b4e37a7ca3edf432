def g():
    yield 1
    yield 2
it = g()
print(type(it).__name__)
print(iter(it) is it)
print(list(it))
print(list(it))
def rec():
    me = yield
    try:
        next(me)
    except ValueError as e:
        print(type(e).__name__, e)
    yield "done"
r = rec()
next(r)
print(r.send(r))
def empty():
    return 5
    yield
e = empty()
try:
    next(e)
except StopIteration as ex:
    print("value", ex.value)
print(list(empty()))
