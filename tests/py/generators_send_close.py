# generators driven by send(), throw() and close()
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulator()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

def echo():
    try:
        while True:
            try:
                got = yield
                print("got", got)
            except ValueError as e:
                print("caught", e)
    finally:
        print("cleanup")

e = echo()
next(e)
e.send("hello")
e.throw(ValueError("bad value"))
e.send("again")
e.close()
e.close()
try:
    e.send(1)
except StopIteration:
    print("closed generator raises StopIteration")

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as err:
    print(type(err).__name__, err)
print(f.send(None))
f.close()
print(list(f))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as err:
    print(type(err).__name__, err)

def grep(pattern):
    found = []
    try:
        while True:
            line = yield
            if pattern in line:
                found.append(line)
    except GeneratorExit:
        print("grep done:", found)
        raise

gr = grep("py")
next(gr)
for line in ["python", "java", "pypy", "c"]:
    gr.send(line)
gr.close()

def averager():
    count, total, avg = 0, 0.0, None
    while True:
        term = yield avg
        count += 1
        total += term
        avg = total / count
av = averager()
next(av)
print([av.send(x) for x in (10, 30, 50, 70)])

def throw_into():
    try:
        yield "a"
    except KeyError as k:
        yield "handled " + str(k)
    yield "b"
ti = throw_into()
print(next(ti), ti.throw(KeyError("k")), next(ti))
try:
    ti.throw(IndexError("late"))
except IndexError as err:
    print("propagated", err)
print(ti.gi_running)

def counter_gen(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
cg = counter_gen(5)
print(next(cg), next(cg), next(cg), cg.send("reset"), next(cg), list(cg))

# a generator paused inside `except` keeps its own handled exception
def paused_in_handler():
    try:
        raise ValueError("inside")
    except ValueError:
        yield "in handler"
        raise TypeError("after resume")
p = paused_in_handler()
print(next(p))
try:
    raise KeyError("caller")
except KeyError as err:
    print("caller context:", repr(err.__context__))
try:
    next(p)
except TypeError as err:
    print(repr(err), "context:", repr(err.__context__))
