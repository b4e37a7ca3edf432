# which operation failed inside a longer expression
a = 1
b = 2
s = "three"
print(a + b)
total = a * 2 + b - (s + 1) * 4
