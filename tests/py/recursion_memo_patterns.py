# recursion with memo dicts, accumulators, and divide and conquer
calls = {"plain": 0, "memo": 0}
def grid_paths(r, c):
    calls["plain"] += 1
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
memo = {}
def grid_paths_memo(r, c):
    calls["memo"] += 1
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths_memo(r - 1, c) + grid_paths_memo(r, c - 1)
    return memo[(r, c)]
print(grid_paths(8, 8), grid_paths_memo(8, 8), calls, grid_paths_memo(100, 100))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]), len(power_set(list(range(10)))))

def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return [[]]
    out = []
    for k in range(min(n, largest), 0, -1):
        for p in partitions(n - k, k):
            out.append([k] + p)
    return out
print(partitions(5), len(partitions(15)))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(0, 9), gcd(2 ** 100, 6 ** 50))

def fast_pow(base, exp):
    if exp == 0:
        return 1
    half = fast_pow(base, exp // 2)
    return half * half * (base if exp % 2 else 1)
print(fast_pow(3, 100) == 3 ** 100, fast_pow(2, 0), fast_pow(7, 13))

def sum_digits(n):
    return n if n < 10 else sum_digits(sum(int(d) for d in str(n)))
print(sum_digits(987654321), sum_digits(2 ** 1000))

def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))

def binary_strings(n, prefix=""):
    if len(prefix) == n:
        return [prefix]
    out = binary_strings(n, prefix + "0")
    if not prefix.endswith("1"):
        out += binary_strings(n, prefix + "1")
    return out
print(binary_strings(4), len(binary_strings(10)))

def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,), diag1 + (row + c,), diag2 + (row - c,))
               for c in range(n) if c not in cols and row + c not in diag1 and row - c not in diag2)
print([queens(n) for n in range(1, 8)])
