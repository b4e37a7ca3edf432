# ~~~^~~~ under a binary operation
def f(a, b, c):
    return a + b * c

print(f(1, 2, 3))
print(f(1, "x", 2))
print(f("a", 1, 2))
