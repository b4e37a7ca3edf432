try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)
try:
    prnt("x")
except NameError as e:
    print(type(e).__name__, e)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_bound
except NameError as e:
    print(type(e).__name__, e)
print("now uncaught:")
print(lenn([1, 2]))
