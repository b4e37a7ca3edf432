print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, nan in [nan], nan is nan)
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max([1, 1.0]), sorted([3, 1.5, 2, 0.5, -1]))
print(0.1 + 0.2 > 0.3, 1 / 3 == 0.3333333333333333, int(0.9999999999999999), 0.1 * 3 == 0.3)
print(True < 2, False >= 0.0, -0.0 == 0.0, -0.0 < 0.0, [1, 2.0] == [1.0, 2])
print({1: "x"}[1.0], {2.0: "y"}[2], 1.0 in {1}, hash(1.0) == hash(1), hash(-1) == hash(-2))
print(7 / 2, 7 // 2, 7.0 // 2, type(7 / 7).__name__, 6 / 3, 10 ** 20 / 10 ** 19)
try:
    2 ** 10000 / 1.0 if False else float(2 ** 1100)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
