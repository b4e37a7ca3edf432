words = ["apple", "bob", "kayak", "level", "python", "noon"]
print({w: len(w) for w in words})
print({w: w == w[::-1] for w in words})
print(sorted({len(w) for w in words}))
print({k: v for k, v in sorted({"b": 2, "a": 1, "c": 3}.items(), reverse=True)})
sq = {n: n * n for n in range(-3, 4)}
print(sq, {v: k for k, v in sq.items()})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({i: {j: i * j for j in range(3)} for i in range(2)})
print({x: None for x in [3, 1, 3, 2, 1]})
print({(a, b): a + b for a in range(2) for b in range(2)})
print(sorted({frozenset((a, b)) for a in range(3) for b in range(3) if a != b}, key=sorted))
m = {"x": 1, "y": 2}
print({**m, **{k.upper(): v for k, v in m.items()}})
