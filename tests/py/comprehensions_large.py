squares = [i * i for i in range(1000)]
print(len(squares), squares[-1], sum(squares), squares[500:505])
evens = {i for i in range(0, 2000, 2)}
print(len(evens), 1998 in evens, 1999 in evens)
lookup = {i: str(i) * 2 for i in range(500)}
print(len(lookup), lookup[499], lookup[0], list(lookup.items())[100])
words = [f"w{i % 37}" for i in range(5000)]
print(len(set(words)), words.count("w5"), sorted(set(words))[:4])
nested = [[j for j in range(i)] for i in range(60)]
print(sum([len(r) for r in nested]), nested[59][-1], nested[0])
big = [str(2 ** i) for i in range(200)]
print(big[-1], sum([len(s) for s in big]))
