a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([8, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(-1, "penult"); a.insert(100, "last"); a.insert(-100, "zero"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 3), a.count(1), a.count(42))
a.remove(1); print(a)
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
b = [x for x in a if isinstance(x, int)]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b)
c = b.copy(); c.clear(); print(b, c)
print([1, 2] + [3], [1, 2] * 2, [0] * 0, 3 * [None])
x = [1]; y = x; x += [2]; print(x, y, x is y)
x = x + [3]; print(x, y, x is y)
x *= 2; print(x)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("hi"), list(range(3)), list({"a": 1, "b": 2}), list((1, 2)))
