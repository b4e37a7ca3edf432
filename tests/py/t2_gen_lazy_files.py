lines = ["# comment", "alpha 3", "", "beta 5", "# x", "gamma 11", "delta x"]
def strip_comments(ls):
    for ln in ls:
        if not ln.startswith("#"):
            yield ln
def nonblank(ls):
    return (ln for ln in ls if ln.strip())
def parse(ls):
    for n, ln in enumerate(ls, 1):
        name, _, val = ln.partition(" ")
        try:
            yield name, int(val)
        except ValueError as e:
            print("line", n, "skipped:", e)
records = list(parse(nonblank(strip_comments(lines))))
print(records)
print(dict(records), sum(v for _, v in records))
def group_by_len(pairs):
    groups = {}
    for name, v in pairs:
        groups.setdefault(len(name), []).append(v)
    yield from sorted(groups.items())
for k, vs in group_by_len(records):
    print(k, vs)
