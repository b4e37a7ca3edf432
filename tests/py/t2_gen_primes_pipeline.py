def integers(start=2):
    n = start
    while True:
        yield n
        n += 1

def filter_multiples(p, it):
    for x in it:
        if x % p:
            yield x

def primes():
    it = integers()
    while True:
        p = next(it)
        yield p
        it = filter_multiples(p, it)

g = primes()
out = []
for _ in range(25):
    out.append(next(g))
print(out)
def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(accumulate(range(1, 11))))
print(list(accumulate(x * x for x in range(5))))
