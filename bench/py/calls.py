# calls: function calls, recursion, default and keyword arguments, closures
# and lambdas.  Prints fib(29), the Ackermann number A(2, 300) and the sums
# of the closure and lambda chains.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def make_adder(k):
    def add(x):
        return x + k
    return add


def weighted(a, b, scale=3, bias=1):
    return a * scale + b + bias


def run_closures(n):
    adders = [make_adder(k) for k in range(8)]
    total = 0
    for i in range(n):
        total += adders[i & 7](i)
    return total


def run_keywords(n):
    total = 0
    for i in range(n):
        total += weighted(i, 1) + weighted(i, 2, bias=0) + weighted(b=i, a=1, scale=2)
    return total


def run_lambdas(n):
    sq = lambda x: x * x
    inc = lambda x, d=1: x + d
    total = 0
    for i in range(n):
        total = (total + sq(inc(i & 1023))) % 1000000007
    return total


print("fib", fib(29))
print("ack", ack(2, 300))
print("closures", run_closures(600000))
print("keywords", run_keywords(300000))
print("lambdas", run_lambdas(600000))
