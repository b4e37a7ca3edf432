text = """the quick brown fox jumps over the lazy dog
The dog barks and the fox runs away
a quick brown dog is a happy dog"""
counts = {}
for line in text.splitlines():
    for w in line.lower().split():
        counts[w] = counts.get(w, 0) + 1
print(len(counts), sum(counts.values()))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:6]:
    print(f"{w:<8}{c:>3} {'#' * c}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print([w for w in counts if counts[w] == 1][:5])
