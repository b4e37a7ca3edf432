def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

def printer(prefix):
    while True:
        line = yield
        print(prefix, line)

def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)

p = printer(">>")
next(p)
g = grep("py", p)
next(g)
for line in ["python", "java", "pypy", "ruby", "cpython!"]:
    g.send(line)
res = []
c = counter(res)
next(c)
for i in range(4):
    c.send(i)
c.close()
print(res)
