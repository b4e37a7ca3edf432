words = ["banana", "Apple", "apple", "cherry", "Éclair", "zebra", "", "a", "aa", "ab", "B"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words), words.index("apple"))
for a, b in [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", ""), ("Z", "a"), ("é", "e"), ("10", "9")]:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b)
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa", "AbC".lower() == "abc")
print(sorted(["item10", "item2", "item1"]), sorted(["item10", "item2", "item1"], key=lambda s: int(s[4:])))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
