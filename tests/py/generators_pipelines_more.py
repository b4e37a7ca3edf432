# generator pipelines: chained stages, yield from recursion, infinite sources taken lazily
def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def evens(it):
    return (x for x in it if x % 2 == 0)

def squares(it):
    for x in it:
        yield x * x

print(list(take(6, squares(evens(numbers())))))

def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])
for depth, name in walk(tree):
    print("  " * depth + name)
print(sum(1 for _ in walk(tree)), max(d for d, _ in walk(tree)))

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)), list(chunks([], 2)), list(chunks([1, 2], 5)))

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])), list(pairwise("a")))

def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 11))))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def delegator():
    result = yield from sub()
    yield f"sub returned {result}"
def sub():
    yield "s1"
    yield "s2"
    return "done"
print(list(delegator()))

def cycle(seq):
    while True:
        yield from seq
c = cycle("ab")
print([next(c) for _ in range(5)])

def primes():
    found = []
    for n in numbers():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))
gen = squares([1, 2, 3])
print(type(gen).__name__, iter(gen) is gen, next(gen), list(gen), list(gen), next(gen, "exhausted"))
def lines():
    yield "header"
    for i in range(3):
        yield f"row {i}"
    yield "footer"
print(list(enumerate(lines(), 1)), dict(zip(lines(), range(10))))
print(sorted(squares(range(-3, 4))), max(squares(range(5))), any(x > 10 for x in squares(range(5))))
