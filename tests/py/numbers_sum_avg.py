data = [2.5, 3.75, 1.0, 4.25, 10.0]
total = sum(data)
mean = total / len(data)
var = sum([(x - mean) ** 2 for x in data]) / len(data)
print(total, mean, var, var ** 0.5, round(var ** 0.5, 4))
srt = sorted(data)
mid = len(srt) // 2
median = srt[mid] if len(srt) % 2 else (srt[mid - 1] + srt[mid]) / 2
print(srt, median)
ints = list(range(1, 11))
print(sum(ints), sum(ints) / len(ints), sum(ints) // len(ints), sum([x * x for x in ints]))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10)
print(max(data) - min(data), [round(x / total * 100, 1) for x in data])
print(sum(range(0)), sum([], 0.0), sum([1, 2], 0.5), sum([True, False, True]))
print(abs(-2.5), abs(3 - 10), sum([-x for x in ints]), min([-1.5, -1, -2]))
