def inner(n):
    for i in range(n):
        x = yield i
        print("inner got", x)
    return n * 100

def outer():
    r1 = yield from inner(2)
    print("r1", r1)
    r2 = yield from inner(3)
    print("r2", r2)
    return r1 + r2

g = outer()
print(next(g))
i = 0
try:
    while True:
        i += 1
        print("yielded", g.send("s%d" % i))
except StopIteration as e:
    print("final", e.value)
