# a sudoku validator and a small backtracking solver on lists of lists
puzzle = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79",
]
grid = [[int(c) if c != "." else 0 for c in row] for row in puzzle]

def valid_group(values):
    nums = [v for v in values if v]
    return len(nums) == len(set(nums))

def is_valid(g):
    rows = all(valid_group(r) for r in g)
    cols = all(valid_group([g[r][c] for r in range(9)]) for c in range(9))
    boxes = all(valid_group([g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)])
                for br in range(0, 9, 3) for bc in range(0, 9, 3))
    return rows and cols and boxes

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = r - r % 3, c - c % 3
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [n for n in range(1, 10) if n not in used]

steps = 0
def solve(g):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for n in cands:
        steps += 1
        g[r][c] = n
        if solve(g):
            return True
    g[r][c] = 0
    return False

print(is_valid(grid), sum(v == 0 for row in grid for v in row), candidates(grid, 0, 2))
print(solve(grid), is_valid(grid), steps > 0)
for i, row in enumerate(grid):
    print(" ".join("".join(map(str, row[j:j + 3])) for j in range(0, 9, 3)))
    if i % 3 == 2 and i < 8:
        print("-" * 11)
bad = [row[:] for row in grid]
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print(is_valid(bad), all(sorted(row) == list(range(1, 10)) for row in grid))
