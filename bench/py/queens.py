# queens: recursion and backtracking - all solutions of the N-queens
# problem with sets of attacked columns and diagonals, and the permutations
# of a list built recursively.

def queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(placed[:])
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


for n in range(4, 12):
    sols = queens(n)
    print("queens", n, len(sols), sols[0] if sols else None)

perms = permutations([1, 2, 3, 4, 5, 6, 7, 8])
fixed = 0
for p in perms:
    for i in range(8):
        if p[i] == i + 1:
            fixed += 1
print("perms", len(perms), fixed, perms[12345])
