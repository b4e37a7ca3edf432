def needs_two(a, b):
    return a + b
print(needs_two(1, 2))
print(needs_two("x", "y"))
needs_two(1)
