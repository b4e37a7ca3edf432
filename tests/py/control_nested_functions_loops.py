def table(n):
    rows = []
    for i in range(1, n + 1):
        row = []
        for j in range(1, n + 1):
            row.append(i * j)
        rows.append(row)
    return rows
for row in table(5):
    print(" ".join([f"{v:3}" for v in row]))
def triangle(n):
    for i in range(n):
        print(" " * (n - i - 1) + "*" * (2 * i + 1))
triangle(4)
def pascal(n):
    row = [1]
    for _ in range(n):
        print(row)
        row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
pascal(6)
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        s = ""
        if i % 3 == 0:
            s += "Fizz"
        if i % 5 == 0:
            s += "Buzz"
        out.append(s or str(i))
    return out
print(fizzbuzz(20))
