print([x * x for x in range(10) if x % 3])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print({x: len(x) for x in ["a", "bb", "ccc"]})
print(sorted({c for c in "hello world" if c.isalpha()}))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row if v % 2 == 0])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
x = 10
print([x for x in range(3)], x)
print([y := z * 2 for z in range(3)], y)
pts = [(1, 2), (3, 4), (5, 6)]
print([a + b for a, b in pts], {a: b for a, b in pts})
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(sum([[1], [2, 3], []], []))
print([s.strip() for s in " a , b,c ".split(",")])
