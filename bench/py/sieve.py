# sieve: the sieve of Eratosthenes over a list of bools, slice assignment
# and list indexing - counts primes, twin primes and sums of gaps.

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


def sieve_slices(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i::i] = [False] * ((n - i * i) // i + 1)
        i += 1
    return flags


N = 4000000
flags = sieve(N)
primes = [i for i in range(N + 1) if flags[i]]
twins = 0
gap_max = 0
for k in range(1, len(primes)):
    gap = primes[k] - primes[k - 1]
    if gap == 2:
        twins += 1
    if gap > gap_max:
        gap_max = gap
print("primes", len(primes), primes[-1], "twins", twins, "max gap", gap_max)
print("same", sieve_slices(N) == flags, sum(primes) % 1000000007)
