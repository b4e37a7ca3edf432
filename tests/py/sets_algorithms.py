friends = {"ann": {"bob", "cat"}, "bob": {"ann", "dan"}, "cat": {"ann"}, "dan": {"bob", "eve"}, "eve": {"dan"}}
for p in sorted(friends):
    fof = set()
    for f in friends[p]:
        fof |= friends[f]
    fof -= friends[p] | {p}
    print(p, sorted(friends[p]), sorted(fof))
common = friends["ann"] & friends["dan"]
print(sorted(common), friends["ann"].isdisjoint(friends["eve"]))
a = set("abracadabra")
b = set("alacazam")
print(sorted(a), sorted(b), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print(len(set(range(1000)) & set(range(500, 1500))), len(set(range(10)) ^ set(range(5, 15))))
seen = set()
dups = sorted({x for x in [1, 2, 3, 2, 4, 1, 5, 5] if x in seen or seen.add(x)})
print(dups)
print({1, 2, 3} > {1, 2}, {1, 2} >= {1, 2}, {1} < {1}, set() < {0}, set() == frozenset())
