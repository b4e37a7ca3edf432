# generators abandoned, closed, or exhausted run their finally blocks at the right time
log = []
def worker(name, n):
    log.append(f"{name} start")
    try:
        for i in range(n):
            yield f"{name}{i}"
    finally:
        log.append(f"{name} finally")

g = worker("a", 3)
print(next(g), log)
g.close()
print(log)
log.clear()
for v in worker("b", 2):
    pass
print(log)
log.clear()
g = worker("c", 5)
next(g)
del g
print(log)
log.clear()
def consume_some():
    for v in worker("d", 10):
        if v == "d1":
            return v
print(consume_some(), log)
log.clear()
g = worker("e", 2)
print(list(g), log, list(g))
log.clear()
g = worker("f", 3)
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError", e, log)
log.clear()
never_started = worker("g", 3)
never_started.close()
print(log, list(never_started))
def nested_finally():
    try:
        try:
            yield 1
        finally:
            log.append("inner")
        yield 2
    finally:
        log.append("outer")
log.clear()
n = nested_finally()
print(next(n), next(n))
n.close()
print(log)
def gen_return_value():
    yield 1
    return "result"
g = gen_return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
