def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        elif cmd == "stop":
            return "stopped at %d" % n
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1

c = counter(10)
print(next(c))
print(c.send(None))
print(c.send(5))
print(c.send("x"))
print(c.send("reset"))
print(c.send(-3))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
try:
    c.send(1)
except StopIteration as e:
    print("again", e.value)
