# recursion depth, sys.setrecursionlimit and RecursionError caught
import sys
old = sys.getrecursionlimit()
print(old)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
def unbounded(n):
    return unbounded(n + 1)
try:
    unbounded(0)
except RecursionError as e:
    print(type(e).__name__, e)

sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("limited:", type(e).__name__)
print(depth(150))
sys.setrecursionlimit(5000)
print(depth(3000))
sys.setrecursionlimit(old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5])

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + p)
    return out
print(permutations([1, 2, 3]), len(permutations(list("abcd"))))

def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, (5, 6)]]], [[[]]], 7]))

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(77))
nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
def count_depth(l):
    return 1 + max((count_depth(x) for x in l), default=0)
print(count_depth(nested))
