# SyntaxWarnings from the compiler go to stderr before the program runs
x = 5
print(x is 5)
print(x is not "five")
def f():
    return (1, 2)(3)
try:
    f()
except TypeError as e:
    print("TypeError", e)
print([1, 2][1.0] if False else "skip")
