import math, sys
x = 1
def f(a, b=2):
    c = a + b
    print(dir(), sorted(vars()))
    return c
f(1)
print([n for n in dir() if not n.startswith("__")], vars() is globals())
print([n for n in dir(math) if not n.startswith("_")][:10], "pi" in dir(math))
print(sorted(vars(f)), vars(sys) is sys.__dict__)
f.tag = 1
print(vars(f))
for bad in (5, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
