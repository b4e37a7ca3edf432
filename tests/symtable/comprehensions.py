data = [1, 2, 3]
squares = [n * n for n in data if n > 1]
pairs = {k: v for k, v in zip(data, data)}
s = {a for a in data for b in range(a) if b}
g = (x for x in data)
def f(seq):
    return [y for y in seq], [z for z in range(len(seq)) for w in seq]
