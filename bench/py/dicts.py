# dicts: word counting, dict of lists, lookups that hit and miss, deletion
# and re-insertion, items/keys/values iteration and set operations.

syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu",
             "ba", "de"]

x = 2024
words = []
for i in range(300000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
    n = 1 + (x >> 4) % 3
    w = syllables[x % 12]
    if n > 1:
        w += syllables[(x >> 8) % 12]
    if n > 2:
        w += syllables[(x >> 12) % 12]
    words.append(w)

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct", len(counts), "top", top)

counts2 = {}
for w in words:
    if w in counts2:
        counts2[w] += 1
    else:
        counts2[w] = 1
print("same", counts == counts2)

by_first = {}
for w in words[:120000]:
    k = w[:2]
    if k not in by_first:
        by_first[k] = []
    by_first[k].append(w)
print("groups", sorted([(k, len(v)) for k, v in by_first.items()])[:4])

# Integer keys: insert, look up hits and misses, delete, re-insert.
d = {}
for i in range(200000):
    d[i * 7] = i
hits = 0
for i in range(400000):
    if i in d:
        hits += d[i]
for i in range(0, 1400000, 14):
    del d[i]
for i in range(100000):
    d[-i] = i
print("ints", hits, len(d), sum(d.values()) % 1000003, sum(d.keys()) % 1000003)

# Sets from the words.
s1 = {w for w in words[:140000] if len(w) != 6}
s2 = {w + "x" if len(w) == 4 else w for w in words[140000:]}
print("sets", len(s1 | s2), len(s1 & s2), len(s1 - s2), len(s1 ^ s2))

inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print("inverse", len(inv), max(inv), sorted(inv[max(inv)]))
