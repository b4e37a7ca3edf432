import math
data = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3, 4.0, 2.8]
n = len(data)
mean = math.fsum(data) / n
sd = math.sqrt(math.fsum((x - mean) ** 2 for x in data) / (n - 1))
print(round(mean, 6), round(sd, 6))
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print(s, median)
z = [round((x - mean) / sd, 3) for x in data]
print(z)
geo = math.prod(data) ** (1 / n)
harm = n / math.fsum(1 / x for x in data)
print(round(geo, 6), round(harm, 6))
xs = [1, 2, 3, 4, 5]
ys = [2.2, 4.1, 6.2, 7.9, 10.1]
mx, my = sum(xs) / 5, sum(ys) / 5
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(f"y = {slope:.4f}x + {my - slope * mx:.4f}")
print(math.floor(mean * 100) / 100, math.ceil(sd * 100) / 100)
print(math.inf > 1e308, -math.inf < -1e308, math.nan == math.nan, math.isnan(math.inf - math.inf))
print(float("inf"), float("-inf"), float("nan"), 1e308 * 10, -1e308 * 10)
