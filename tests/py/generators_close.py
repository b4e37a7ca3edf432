def worker():
    try:
        while True:
            try:
                v = yield
                print("got", v)
            except ValueError as e:
                print("handled", e)
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
print("closed")
def early():
    try:
        yield 1
        yield 2
    finally:
        print("early cleanup")
for v in early():
    print(v)
    break
print("after break")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def thrower():
    yield 1
t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
