# list-of-lists manipulation: rotate, spiral, transpose, flatten, diagonals
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
def show(mat):
    for row in mat:
        print(" ".join(f"{v:3}" for v in row))
    print()
show(m)
show([list(r) for r in zip(*m)])
show([list(r) for r in zip(*m[::-1])])
show([list(r)[::-1] for r in zip(*m[::-1])][::-1])
def spiral(mat):
    out = []
    mat = [row[:] for row in mat]
    while mat:
        out += mat.pop(0)
        mat = [list(r) for r in zip(*mat)][::-1]
    return out
print(spiral(m), spiral([[1]]), spiral([]))
sq = [[r * 4 + c for c in range(4)] for r in range(4)]
print([sq[i][i] for i in range(4)], [sq[i][3 - i] for i in range(4)], sum(map(sum, sq)))
print([[sq[r][c] for c in range(4) if (r + c) % 2 == 0] for r in range(4)])
flat = [v for row in m for v in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)])
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
grid[0][4] = "@"
print("\n".join("".join(r) for r in grid))
alias = [["."] * 3] * 2
alias[0][0] = "X"
print(alias, alias[0] is alias[1])
def neighbors(g, r, c):
    return [g[i][j] for i in range(r - 1, r + 2) for j in range(c - 1, c + 2)
            if (i, j) != (r, c) and 0 <= i < len(g) and 0 <= j < len(g[0])]
print(neighbors(m, 0, 0), neighbors(m, 1, 1), len(neighbors(m, 2, 3)))
totals_rows = [sum(r) for r in m]
totals_cols = [sum(c) for c in zip(*m)]
print(totals_rows, totals_cols, max(range(len(m)), key=lambda i: totals_rows[i]))
m2 = [row[:] for row in m]
for row in m2:
    row.reverse()
m2.sort(key=lambda r: -r[0])
print(m2, m)
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(identity, [[2 * v for v in row] for row in identity] == [[2, 0, 0], [0, 2, 0], [0, 0, 2]])
