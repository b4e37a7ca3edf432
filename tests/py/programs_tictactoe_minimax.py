# tic-tac-toe with a minimax player against itself
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None

def minimax(board, player, memo={}):
    key = ("".join(board), player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    moves = [i for i, c in enumerate(board) if c == " "]
    if not moves:
        return 0, None
    best = None
    for m in moves:
        board[m] = player
        score, _ = minimax(board, "O" if player == "X" else "X")
        board[m] = " "
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, m)
    memo[key] = best
    return best

def show(board):
    return "\n-+-+-\n".join("|".join(board[r * 3:r * 3 + 3]) for r in range(3))

board = [" "] * 9
player = "X"
while winner(board) is None and " " in board:
    score, move = minimax(board, player)
    board[move] = player
    print(f"{player} plays {move} (expects {score:+d})")
    player = "O" if player == "X" else "X"
print(show(board))
print("winner:", winner(board) or "draw")
board = list("XX OO    ")
print(minimax(board, "X"), minimax(board, "O"))
print(len(minimax.__defaults__[0]) > 1000)
