def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
print(next(g))
for v in [10, 20, 30, 5]:
    print("avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
g2 = averager()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
