total = 0
def add(n):
    global total
    total += n
    return total
print(add(5), add(10), total)
def create():
    global created
    created = "made inside"
create()
print(created)
x = 1
def shadow():
    x = 2
    return x
print(shadow(), x)
def read_only():
    return x * 100
print(read_only())
def unbound():
    print(x)
    x = 3
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
def uses_undefined():
    return never_defined_name
try:
    uses_undefined()
except NameError as e:
    print(type(e).__name__, e)
counter = [0]
def mutate():
    counter[0] += 1
mutate(); mutate()
print(counter)
def nested_global():
    def inner():
        global total
        total = -1
    inner()
nested_global()
print(total)
for loopvar in range(3):
    pass
print(loopvar)
[comp_var for comp_var in range(3)]
try:
    print(comp_var)
except NameError as e:
    print(type(e).__name__, e)
