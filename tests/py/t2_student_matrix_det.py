def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
mats = [[[5]], [[1, 2], [3, 4]], [[2, 0, 1], [1, 3, 2], [1, 1, 1]],
        [[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]]
for m in mats:
    print(len(m), det(m))
def solve2(a, b):
    d = det(a)
    if d == 0:
        raise ZeroDivisionError("singular matrix")
    x = (b[0] * a[1][1] - a[0][1] * b[1]) / d
    y = (a[0][0] * b[1] - b[0] * a[1][0]) / d
    return x, y
print(solve2([[2, 1], [1, 3]], [3, 5]))
try:
    solve2([[1, 2], [2, 4]], [1, 1])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([[round(v / 3, 3) for v in row] for row in mats[2]])
