# closures created in loops, captured cells shared and rebound
def make_adders():
    adders = []
    for n in range(3):
        adders.append(lambda x, n=n: x + n)
    return adders
print([f(10) for f in make_adders()])

def make_late():
    fns = []
    for n in range(3):
        fns.append(lambda x: x + n)
    return fns
print([f(10) for f in make_late()])

def shared_cell():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = shared_cell()
print(get(), set_(5), get(), set_("x"), get())

def accumulate():
    history = []
    def add(x):
        history.append(x)
        return sum(history)
    add.history = history
    return add
acc = accumulate()
print(acc(1), acc(2), acc(3), acc.history)

def multiplier_table(n):
    return {i: (lambda i: lambda x: x * i)(i) for i in range(1, n + 1)}
table = multiplier_table(4)
print({k: f(10) for k, f in table.items()})

def outer():
    msgs = []
    for word in ["a", "b"]:
        def inner(w=word):
            msgs.append(w * 2)
        inner()
    return msgs
print(outer())

counter = {"n": 0}
def bump_dict():
    counter["n"] += 1
    return counter["n"]
print(bump_dict(), bump_dict(), counter)
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop() if items else None
    def peek():
        return items[-1] if items else None
    return {"push": push, "pop": pop, "peek": peek, "size": lambda: len(items)}
s = make_stack()
print(s["push"](1), s["push"](2), s["peek"](), s["pop"](), s["size"](), s["pop"](), s["pop"]())
def curry(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a
print(curry(lambda x, y, z: x * 100 + y * 10 + z)(1)(2)(3))
fns = [(lambda: i) for i in range(3)]
print([f() for f in fns], [f.__closure__ is None for f in fns])
print([c.cell_contents for c in make_late()[0].__closure__])
