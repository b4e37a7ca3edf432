# an exception inside a lambda called by a builtin
pairs = [(1, "b"), (2, "a"), (3, None)]
print(sorted(pairs[:2], key=lambda p: p[1]))
ordered = sorted(pairs, key=lambda p: p[1].upper())
