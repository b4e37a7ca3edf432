# a checkout queue simulation with a deterministic pseudo-random generator
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed

rng = lcg(42)
def rand(n):
    return next(rng) % n

queue = []
tills = [None, None]
served = []
waits = []
for tick in range(30):
    if rand(10) < 6:
        queue.append({"id": tick, "arrived": tick, "items": 1 + rand(5)})
    for i, cust in enumerate(tills):
        if cust is not None:
            cust["items"] -= 1
            if cust["items"] == 0:
                served.append(cust["id"])
                tills[i] = None
    for i in range(len(tills)):
        if tills[i] is None and queue:
            c = queue.pop(0)
            waits.append(tick - c["arrived"])
            tills[i] = c
    busy = "".join("X" if t else "." for t in tills)
    print(f"t={tick:2} queue={len(queue):2} tills={busy} served={len(served)}")
print("served ids:", served)
print("max wait:", max(waits, default=0), "mean wait:", round(sum(waits) / len(waits), 3))
print("left in queue:", [c["id"] for c in queue])
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for w in sorted(hist):
    print(f"{w:2} | {'*' * hist[w]}")
