def leaf(name, n):
    total = 0
    for i in range(n):
        v = yield "%s%d" % (name, i)
        total += v or 0
    return total

def middle():
    a = yield from leaf("a", 2)
    b = yield from leaf("b", 3)
    return a * 1000 + b

def top():
    result = yield from middle()
    yield "result=%d" % result

g = top()
out = [next(g)]
k = 1
while True:
    try:
        out.append(g.send(k))
        k += 1
    except StopIteration:
        break
print(out)
