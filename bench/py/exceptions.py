# exceptions: try/except/finally on the fast path and on the raising path -
# raising and catching built-in exceptions, KeyError and IndexError from
# containers, ValueError from int(), nested handlers and finally blocks.

def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 0


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError("b is zero")
    return a // b


def nested(i):
    total = 0
    try:
        try:
            if i % 3 == 0:
                raise ValueError(i)
            total += 1
        finally:
            total += 10
    except ValueError as e:
        total += e.args[0] % 7
    return total


tokens = []
for i in range(60000):
    tokens.append(str(i) if i % 4 else "x" + str(i))
acc = 0
for rep in range(5):
    for t in tokens:
        acc += parse(t)
print("parse", acc)

d = {}
for i in range(0, 20000, 2):
    d[i] = i * 3
acc = 0
for i in range(300000):
    acc += lookup(d, i % 20000)
print("lookup", acc)

acc = 0
errors = 0
for i in range(300000):
    try:
        acc += checked_div(i * 7, i % 5)
    except ZeroDivisionError:
        errors += 1
print("div", acc, errors)

acc = 0
for i in range(300000):
    acc += nested(i)
print("nested", acc)

xs = list(range(100))
acc = 0
for i in range(300000):
    try:
        acc += xs[i % 130]
    except IndexError:
        acc -= 1
    finally:
        acc += 1
print("index", acc)
