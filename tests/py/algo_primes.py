def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(ps, len(ps))
def factorize(n):
    f, d = [], 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in [1, 2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143, 10 ** 12 + 39]:
    print(n, factorize(n))
def is_prime(n):
    if n < 2:
        return False
    return not any([n % p == 0 for p in range(2, int(n ** 0.5) + 1)])
print([n for n in range(50) if is_prime(n)])
print(sum(sieve(10000)), sieve(1), sieve(2))
