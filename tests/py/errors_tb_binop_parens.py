# the operator after a parenthesised operand, and a two-character one
def g(x, y):
    return (x) // y

def h(x, y):
    return x ** y

print(h(2, 3))
print(g(7, 0))
