def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz(6))
print(collatz(27)[:10], len(collatz(27)), max(collatz(27)))
best = max(range(1, 1000), key=lambda n: len(collatz(n)))
print(best, len(collatz(best)))
def collatz_gen(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz_gen(7)))
print(sum(1 for _ in collatz_gen(97)))
def digits_sum(n):
    return n if n < 10 else digits_sum(sum(int(d) for d in str(n)))
print([digits_sum(n) for n in [0, 9, 38, 999999, 2 ** 100]])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
