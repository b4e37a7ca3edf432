def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
g = echo()
print(next(g))
print(g.send("a"))
print(next(g))
print(g.send([1, 2]))
g.close()
def two_way():
    a = yield
    b = yield a * 2
    c = yield a + b
    return (a, b, c)
t = two_way()
next(t)
print(t.send(5))
print(t.send(7))
try:
    t.send(0)
except StopIteration as ex:
    print(ex.value)
def yield_in_expr():
    x = (yield 1) + (yield 2)
    yield x
y = yield_in_expr()
print(next(y), y.send(10), y.send(32))
