data = [5, 3, 5, 1, 3, 9, 1, 1, 0]
print(sorted(set(data)))
seen = set()
uniq = []
for x in data:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq)
print(list(dict.fromkeys(data)))
words = "one two three two one four".split()
print(sorted(set(words)), len(set(words)))
print(sorted({w[0] for w in words}))
a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a & b), sorted(a - b)[:3], len(a | b))
print(sorted(set("mississippi")), "".join(sorted(set("mississippi"))))
print(sorted({(1, 2), (2, 1), (1, 2)}))
print(set(range(5)) - {2} == {0, 1, 3, 4})
