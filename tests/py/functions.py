def greet(name, greeting="Hello"):
    return greeting + ", " + name + "!"

print(greet("Ada"))
print(greet("Alan", greeting="Hi"))
print(greet(greeting="Hey", name="Grace"))

def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, x=3))
print(collect(*[1, 2], **{"a": 1}))

def kwonly(a, *, b, c=3):
    return a + b + c

print(kwonly(1, b=2), kwonly(1, b=2, c=10))

def posonly(a, b, /, c):
    return (a, b, c)

print(posonly(1, 2, 3), posonly(1, 2, c=4))

square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))

def apply(f, values):
    return [f(v) for v in values]

print(apply(square, range(5)))

def outer():
    x = "outer"
    def inner():
        return x
    return inner

print(outer()())

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

s = counter()
print(s(), s(), s())
g = 10
def read_global():
    return g
def write_global():
    global g
    g = 20
print(read_global())
write_global()
print(g)
def deco(fn):
    def wrapper(*a):
        return "decorated " + str(fn(*a))
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
def doc():
    "a docstring"
    return 1
print(doc())
