def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        alive = []
        for g in gens:
            try:
                yield next(g)
                alive.append(g)
            except StopIteration:
                pass
        gens = alive
print(list(interleave("abc", [1, 2], range(10, 14))))
def round_robin_sched(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            msg = next(t)
            print(msg)
            queue.append(t)
        except StopIteration as e:
            print("task finished ->", e.value)
def task(name, n):
    for i in range(n):
        yield "%s step %d" % (name, i)
    return name.upper()
round_robin_sched([task("a", 2), task("b", 3), task("c", 1)])
