points = [(3, 4), (-1, 2), (0, 0), (5, -5)]
for x, y in points:
    print(f"({x:>2},{y:>2}) dist2={x * x + y * y}")
print(sorted(points), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(points, key=lambda p: p[1]), min(points))
rec = ("Ada", 36, ("London", "UK"))
name, age, (city, country) = rec
print(name, age, city, country)
print(rec[2][1], rec[-1][0][0], len(rec), rec.index(36), rec.count("Ada"))
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
pairs = list(zip("abc", range(3)))
letters, nums = zip(*pairs)
print(pairs, letters, nums)
t = tuple([i * i for i in range(5)])
print(t, t[1:4], t + (99,), t * 2 == t + t, sum(t), 16 in t)
print(((1, 2), (3, 4))[1][0], tuple(), tuple(()) == (), (1, 2) == (1.0, 2.0))
