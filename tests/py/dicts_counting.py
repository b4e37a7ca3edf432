text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
nested = {}
for i in range(3):
    for j in range(2):
        nested.setdefault(i, {})[j] = i * j
print(nested)
print(sum(counts.values()), len(counts), max(counts, key=counts.get))
d = dict(zip("abc", range(3)))
print(d, dict(enumerate("xyz")))
