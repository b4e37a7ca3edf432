r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print(list(range(0, -10, -3)), list(range(5, 5)), list(range(10, 0)), len(range(0, 100, 7)))
print(r[3], r[-1], r[2:5], r[::-1], r[::2][1], list(r[1:8:3]))
print(5 in r, 10 in r, -1 in r, 3.0 in r)
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 4, 1), list(range(3)) == [0, 1, 2])
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(len(r), len(range(1, 9, 2)))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(3, 0, -1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 10, 4))), bool(range(0)), bool(range(1)))
