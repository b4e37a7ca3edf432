def count_up(n):
    i = 0
    while i < n:
        print("  gen", i)
        yield i
        i += 1
z = zip(count_up(3), "abcde")
print(list(z))
m = map(lambda a, b: a * b, count_up(3), [10, 20, 30, 40])
print(list(m))
f = filter(lambda v: v % 2, count_up(5))
print(next(f), next(f))
e = enumerate(x * 3 for x in range(4))
print(list(e))
r = reversed([x for x in count_up(2)])
print(list(r))
print(sorted(count_up(3), reverse=True))
print(min(count_up(3)), max((x for x in [3, 9, 2]), default=0), max((), default="empty"))
it = iter(range(10))
print(list(zip(it, it)))
print(dict(zip(count_up(2), count_up(2))))
