vals = [4, 2, 1, 0, 5]
print([10 // v for v in vals[:3]])
print([10 // v for v in vals])
