def inner():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("inner returned", r)
    finally:
        print("outer finally")
    yield "z"

g = outer()
print(next(g), next(g))
print(next(g))
print(next(g, "end"))
g = outer()
print(next(g))
g.close()
print("closed")
def inner2():
    try:
        yield 1
    except GeneratorExit:
        print("inner2 exit")
        raise
def outer2():
    try:
        yield from inner2()
    except GeneratorExit:
        print("outer2 exit")
        raise
g = outer2()
next(g)
g.close()
