def gen(n):
    for i in range(n):
        yield i
g = gen(3)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(callable(gen), callable(g))
ge = (x for x in "ab")
print(next(ge), next(ge), next(ge, "none"))
def nested_gen():
    yield (y for y in range(2))
inner = next(nested_gen())
print(list(inner))
print(list(map(list, (range(i) for i in range(4)))))
