def worker(name):
    print("start", name)
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("cleanup", name)

g = worker("a")
print(next(g), next(g), next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
g = catcher()
next(g)
g.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
