# Conway's Game of Life on a small torus, printed generation by generation
W, H = 10, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(6, 5), (7, 5), (8, 5)}
block = {(4, 4), (5, 4), (4, 5), (5, 5)}
live = glider | blinker | block

def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield ((x + dx) % W, (y + dy) % H)

def step(cells):
    counts = {}
    for c in cells:
        for n in neighbours(c):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in cells)}

def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))

history = []
for gen in range(6):
    print(f"generation {gen}: {len(live)} alive")
    print(show(live))
    history.append(frozenset(live))
    live = step(live)
for gen in range(6, 40):
    live = step(live)
print("after 40:", sorted(live))
print("population per generation:", [len(h) for h in history])
print("bounding box:", min((x for x, _ in live), default=None), max((x for x, _ in live), default=None))
