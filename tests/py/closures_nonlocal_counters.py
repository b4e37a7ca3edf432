# nested functions with nonlocal: counters, accumulators, memo tables
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    def peek():
        return count
    return inc, reset, peek

inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek(), reset(), peek(), inc())
a_inc, _, a_peek = make_counter()
b_inc, _, b_peek = make_counter(100, -1)
for _ in range(3):
    a_inc()
    b_inc()
print(a_peek(), b_peek())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x
print(outer())

def running_average():
    total = 0
    n = 0
    def add(v):
        nonlocal total, n
        total += v
        n += 1
        return total / n
    return add
avg = running_average()
print([avg(v) for v in (10, 20, 30, 40)])

def fib_memo():
    memo = {0: 0, 1: 1}
    calls = 0
    def fib(k):
        nonlocal calls
        calls += 1
        if k not in memo:
            memo[k] = fib(k - 1) + fib(k - 2)
        return memo[k]
    def stats():
        return calls, len(memo)
    return fib, stats
fib, stats = fib_memo()
print(fib(30), stats(), fib(35), stats())

def cell_shared():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fns.append(f)
    j = 0
    def g():
        return j
    j = 42
    return [f() for f in fns], g()
print(cell_shared())

def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggler()
print([t() for _ in range(5)])
print(inc.__name__, inc.__qualname__, make_counter.__qualname__)
print(len(inc.__closure__), type(inc.__closure__[0]).__name__)
