# a mixed workload of larger data: string ops, sorting, dict and set building
import time
t0 = time.perf_counter()
s = "abc" * 10**5
print(len(s.upper()), s.count("b"), len(s.replace("a", "xy")), len(s.split("c")))
l = [(i * 7919) % 100003 for i in range(100000)]
l.sort()
print(l[:3], sum(l))
d = {i: str(i) for i in range(100000)}
print(len(d), d[12345])
words = " ".join(str(i % 1000) for i in range(100000)).split()
cnt = {}
for w in words:
    cnt[w] = cnt.get(w, 0) + 1
print(len(cnt))
out = []
for i in range(100000):
    out.append(f"{i:05d}")
print(len("".join(out)))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
print(sum(x * x for x in range(10**5)))
st = set(range(100000))
print(len(st & set(range(100000, 100000))))
print("elapsed ok", time.perf_counter() - t0 < 60)
