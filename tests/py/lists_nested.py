grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
m = [[1, 2, 3], [4, 5, 6]]
t = [list(r) for r in zip(*m)]
print(t)
print([row[::-1] for row in m][::-1])
flat = [x for row in m for x in row]
print(flat, sum(flat), max(flat))
deep = [1, [2, [3, [4, [5]]]]]
print(deep, deep[1][1][1][1][0], len(deep))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep))
r = [1, 2]
r.append(r)
print(r, len(r), r[2][2][2][0])
d = {"k": []}
d["k"].append(d)
print(d)
print(sorted([[3, 1], [1, 2], [1, 1], []]))
print([[]] == [[]], [[1]] in [[0], [1]])
