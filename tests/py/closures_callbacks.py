events = {}
def on(name):
    def register(fn):
        events.setdefault(name, []).append(fn)
        return fn
    return register
def emit(name, *args):
    return [fn(*args) for fn in events.get(name, [])]
@on("greet")
def hello(who):
    return f"hello {who}"
@on("greet")
def bye(who):
    return f"bye {who}"
@on("sum")
def add(*nums):
    return sum(nums)
print(emit("greet", "ann"), emit("sum", 1, 2, 3), emit("none"))
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def pipeline(*steps):
    def run(v):
        log = []
        for s in steps:
            v = s(v)
            log.append(v)
        return log
    return run
print(pipeline(str.strip, str.upper, lambda s: s + "!", len)("  hey "))
def partial(fn, *a, **k):
    def inner(*b, **kk):
        return fn(*a, *b, **{**k, **kk})
    return inner
p = partial(lambda x, y, z=0: (x, y, z), 1, z=5)
print(p(2), p(3, z=9))
