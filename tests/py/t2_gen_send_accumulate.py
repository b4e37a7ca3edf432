def bank():
    balance = 0
    history = []
    while True:
        op = yield balance
        if op is None:
            continue
        kind, amount = op
        if kind == "dep":
            balance += amount
        elif kind == "wd":
            if amount > balance:
                history.append("rejected %d" % amount)
                continue
            balance -= amount
        elif kind == "end":
            return history
        history.append("%s %d" % (kind, amount))

b = bank()
print(b.send(None))
for op in [("dep", 100), ("wd", 30), ("wd", 500), ("dep", 5), None]:
    print(op, "->", b.send(op))
try:
    b.send(("end", 0))
except StopIteration as e:
    print(e.value)
