def chain(*iters):
    for it in iters:
        yield from it

print(list(chain([1, 2], (3, 4), "ab", range(5, 7))))
print(list(chain({"x": 1, "y": 2})))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], []])))

def tree(depth, prefix=""):
    if depth == 0:
        yield prefix
        return
    yield from tree(depth - 1, prefix + "L")
    yield from tree(depth - 1, prefix + "R")

print(list(tree(3)))

def ret_from_list():
    r = yield from [1, 2]
    print("r is", r)
print(list(ret_from_list()))
