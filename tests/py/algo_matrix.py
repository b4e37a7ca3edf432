def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), matmul(B, A))
I = [[1, 0], [0, 1]]
print(matmul(A, I) == A)
def transpose(m):
    return [list(r) for r in zip(*m)]
print(transpose([[1, 2, 3], [4, 5, 6]]), transpose([]))
def mat_pow(m, n):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum([(-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m))])
print(det([[2]]), det(A), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]))
grid = ["#..#", ".##.", "#..#"]
print([[1 if ch == "#" else 0 for ch in row] for row in grid])
print(["".join([row[i] for row in grid]) for i in range(4)])
