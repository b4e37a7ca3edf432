def inner():
    try:
        yield 1
    except ValueError:
        yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
h = outer2()
print(next(h), h.throw(KeyError("k")))
def inner3():
    try:
        yield 1
    finally:
        print("inner3 closed")
def outer3():
    try:
        yield from inner3()
    finally:
        print("outer3 closed")
k = outer3()
next(k)
k.close()
print("end")
