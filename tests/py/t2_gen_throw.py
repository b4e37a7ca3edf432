def gen():
    while True:
        try:
            x = yield "ready"
            print("received", x)
        except ValueError as e:
            print("handled ValueError", e)
            yield "recovered"
        except KeyError as e:
            print("handled KeyError", e)
            return "key-end"

g = gen()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)
g2 = gen()
next(g2)
try:
    g2.throw(IndexError("idx"))
except IndexError as e:
    print(type(e).__name__, e)
try:
    next(g2)
except StopIteration:
    print("dead")
