# time: the deterministic parts (types, monotonicity, sleep errors)
import time
t1 = time.time()
t2 = time.time()
print(type(t1).__name__, t2 >= t1, t1 > 1.6e9)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1, type(time.perf_counter()).__name__, type(time.time_ns()).__name__)
p1 = time.perf_counter()
total = sum(range(10000))
p2 = time.perf_counter()
print(total, p2 >= p1, (p2 - p1) < 60)
time.sleep(0)
time.sleep(0.001)
print("slept")
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
start = time.monotonic_ns()
ticks = [time.monotonic_ns() for _ in range(5)]
print(all(a <= b for a, b in zip(ticks, ticks[1:])), ticks[0] >= start)
print(type(time.process_time()).__name__, time.process_time() >= 0)
try:
    time.time(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.sleep(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
