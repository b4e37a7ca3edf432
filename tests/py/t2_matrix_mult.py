def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    if len(a[0]) != m:
        raise ValueError("shape mismatch: %dx%d * %dx%d" % (n, len(a[0]), m, p))
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def show(mat):
    for row in mat:
        print(" ".join("%5d" % v for v in row))
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(matmul(B, A))
print(matmul(A, identity(3)) == A)
show(transpose(A))
try:
    matmul(A, A)
except ValueError as e:
    print(type(e).__name__, e)
def matpow(m, k):
    r = identity(len(m))
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
print(matpow([[1, 1], [1, 0]], 30))
