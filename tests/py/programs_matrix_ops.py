# matrix operations with lists of lists: multiply, transpose, determinant, inverse
from_rows = lambda rows: [list(r) for r in rows]

def shape(m):
    return len(m), len(m[0]) if m else 0

def transpose(m):
    return [list(col) for col in zip(*m)]

def matmul(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"shapes {shape(a)} and {shape(b)} do not align")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(n))

def inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [float(x) for x in idr] for row, idr in zip(m, identity(n))]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def show(m, fmt="{:6}"):
    return "\n".join(" ".join(fmt.format(v) for v in row) for row in m)

A = from_rows([(2, 1, 1), (1, 3, 2), (1, 0, 0)])
B = from_rows([(1, 2), (0, 1), (4, 0)])
print(show(A)); print(show(transpose(B)))
print(show(matmul(A, B)))
print(det(A), det(identity(4)), det([[1, 2], [2, 4]]))
inv = inverse(A)
print(show(inv, "{:8.3f}"))
print(show([[round(v, 9) + 0.0 for v in row] for row in matmul(A, inv)], "{:5}"))
try:
    matmul(B, B)
except ValueError as e:
    print(type(e).__name__, e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
P = identity(3)
for _ in range(5):
    P = matmul(P, A)
print(show(P, "{:5}"), det(P) == det(A) ** 5)
print([sum(row) for row in A], [sum(col) for col in zip(*A)], sum(A[i][i] for i in range(3)))
