# an exception in a generator expression consumed by sum()
words = ["a", "bb", None, "dddd"]
print(sum(len(w) for w in words[:2]))
total = sum(len(w) for w in words)
