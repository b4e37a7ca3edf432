def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = start
    return inc, get, reset
inc, get, reset = make_counter()
print(inc(), inc(), inc(), get())
reset()
print(get(), inc())
inc2, get2, _ = make_counter(100, -10)
print(inc2(), inc2(), get2(), get())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
a1, a2 = make_acc(), make_acc()
print(a1(1), a1(2), a2("x"), a1(3))
def gen_ids(prefix):
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return nxt
ids = gen_ids("user")
print([ids() for _ in range(4)])
