def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    print("c got", x)
    return [1, 2, 3][x]
print(a(0))
print(a(2))
print(a(5))
