# glasspy-flags: --memory 64M
# Running out of stack or heap is an exception the program can catch, never
# a crash, and the program goes on afterwards.
import sys
sys.setrecursionlimit(10**8)
def down(n):
    return down(n + 1) + 1
try:
    down(0)
    raise AssertionError("no RecursionError")
except RecursionError as e:
    assert "maximum recursion depth exceeded" in str(e)
big = []
try:
    while True:
        big.append([0] * 1000)
except MemoryError:
    assert len(big) > 100
    big = None
assert sum([i for i in range(1000)]) == 499500
sys.setrecursionlimit(1000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
assert count(900) == 900
print("ok")
