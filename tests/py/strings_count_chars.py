text = "The quick brown fox jumps over the lazy dog. THE END!"
counts = {}
for ch in text:
    if ch.isalpha():
        counts[ch.lower()] = counts.get(ch.lower(), 0) + 1
print(sorted(counts.items()))
print(len(counts) == 26, [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in counts])
vowels = sum([1 for c in text.lower() if c in "aeiou"])
print("vowels", vowels, "upper", sum([c.isupper() for c in text]), "spaces", text.count(" "))
print("words", len(text.split()), "longest", max(text.split(), key=len), "shortest", min(text.split(), key=len))
print(text.lower().count("the"), text.find("fox"), text.rfind("o"), text.upper()[:9])
freq = sorted(counts, key=lambda c: (-counts[c], c))[:3]
print(freq)
