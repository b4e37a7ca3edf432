# zip(strict=), enumerate(start=), map with several iterables, filter(None), iter(f, sentinel), next(default)
print(list(zip("abc", range(3), [True, False, None])))
print(list(zip("abcd", range(2))), list(zip()), list(zip([])), list(zip("ab", strict=True)))
try:
    list(zip("abc", range(2), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("ab", range(3), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("ab", "ab", "abc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(enumerate("xyz")), list(enumerate("xyz", start=10)), list(enumerate("xy", -1)))
print(list(enumerate([], 5)), dict(enumerate("ab", 1)))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 0.0, -1])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda n: n % 3 == 0, range(10))))
counter = iter(range(100))
def next_val():
    return next(counter)
print(list(iter(next_val, 5)))
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def reader():
    global pos
    pos += 1
    return data[pos - 1] if pos <= len(data) else None
print(list(iter(reader, 9)), list(iter(reader, None)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in data), all(x > 0 for x in data))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 3), sum((), start=5), sum(range(101)))
print(sum([1, 2.5, True]), sum([10 ** 20, 1]), type(sum([])).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
m = map(lambda x: 1 / x, [1, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m))
e = enumerate("ab")
print(iter(e) is e, type(e).__name__, type(z).__name__, type(m).__name__, type(filter(None, [])).__name__)
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), list(reversed([])))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
