# global and nonlocal together, shadowing, and UnboundLocalError
counter = 0
items = []

def bump():
    global counter
    counter += 1
    items.append(counter)   # mutation needs no global statement
    return counter

for _ in range(3):
    bump()
print(counter, items)

def shadow():
    counter = "local"
    return counter
print(shadow(), counter)

def read_then_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        return "failed"
print(read_then_assign())

def outer():
    x = 1
    def mid():
        global counter
        def inner():
            nonlocal x
            x += 10
            return x
        counter = 100
        return inner()
    r = mid()
    return r, x
print(outer(), counter)

def define_global():
    global created_later
    created_later = "made inside"
define_global()
print(created_later)

def loop_var_scope():
    for i in range(3):
        pass
    return i
print(loop_var_scope())
x = "global x"
def comp_scope():
    x = "local x"
    return [x for _ in range(2)], [(lambda: x)() for _ in range(1)]
print(comp_scope())
def deleted():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(free_unbound())
try:
    print(never_defined_anywhere)
except NameError as e:
    print(type(e).__name__, e)
len = lambda s: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
