# word counting and text statistics over a fixed paragraph
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
words = [w.strip(".,;:!?").lower() for w in text.split()]
print(len(words), len(set(words)))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(f"{word:<12}{n:>3} {'#' * n}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
print("longest:", max(words, key=len), "shortest:", min(words, key=len))
print("average length:", round(sum(map(len, words)) / len(words), 3))
lines = text.splitlines()
print([len(line) for line in lines], [len(line.split()) for line in lines])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print(sum(letters.values()), len(letters), sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters)))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
sentence_starts = [i for i, w in enumerate(words) if w == "it"]
print(sentence_starts, [b - a for a, b in zip(sentence_starts, sentence_starts[1:])])
acronym = "".join(w[0].upper() for w in "portable operating system interface".split())
print(acronym, text.count("it was"), text.lower().count("it was"), text.find("wisdom"), text.rfind("of"))
