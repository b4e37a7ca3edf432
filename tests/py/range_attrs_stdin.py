import sys
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9))
try:
    r.index(9)
except ValueError as e:
    print(e)
big = range(0, 10 ** 20, 10 ** 18)
print(big.stop, big.index(5 * 10 ** 18), len(big))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print([line for line in sys.stdin])
