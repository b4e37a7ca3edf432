found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
neg = []
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v >= 0:
            continue
        neg.append((r, c, v))
print(neg)
count = 0
while True:
    count += 1
    inner = 0
    while inner < count:
        inner += 1
        if inner == 3:
            break
    if count > 4:
        break
print(count, inner)
result = []
for word in ["apple", "skip", "banana", "stop", "cherry"]:
    if word == "skip":
        continue
    if word == "stop":
        break
    result.append(word.upper())
print(result)
for i in range(3):
    try:
        if i == 1:
            continue
        print("processing", i)
    finally:
        print("cleanup", i)
