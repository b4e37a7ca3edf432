print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(zip()), list(zip([1])), list(zip([1, 2, 3], "ab")), list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(int, "123")), list(map(len, [[], "ab", (1,)])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 0, [-1, 0, 1, 2])))
print(list(reversed([])), list(reversed((1, 2))), list(reversed(range(1, 10, 3))))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
it2 = iter("hi")
print(list(it2), list(it2))
m = map(str, range(3))
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), next(e), list(e))
print(sum([]), sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)))
print(any([]), any([0, "", None]), any([0, 1]), any("a"), any({}))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
