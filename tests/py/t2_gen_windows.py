def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

def pairs(seq):
    it = iter(seq)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x

data = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(windows(data, 3)))
print([sum(w) / 3 for w in windows(data, 3)])
print(list(pairs(data)))
print([b - a for a, b in pairs(data)])
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefghij", 3)))
print(list(chunks(data, 4)))
