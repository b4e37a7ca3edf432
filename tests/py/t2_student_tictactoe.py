def winner(b):
    lines = [b[i] for i in range(3)] + [[b[r][c] for r in range(3)] for c in range(3)]
    lines.append([b[i][i] for i in range(3)])
    lines.append([b[i][2 - i] for i in range(3)])
    for ln in lines:
        if ln[0] != "." and ln.count(ln[0]) == 3:
            return ln[0]
    return None
def show(b):
    print("\n".join(" ".join(r) for r in b))
    print("-" * 5)
board = [["."] * 3 for _ in range(3)]
moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
player = "X"
for r, c in moves:
    board[r][c] = player
    show(board)
    w = winner(board)
    if w:
        print("winner", w)
        break
    player = "O" if player == "X" else "X"
else:
    print("draw")
