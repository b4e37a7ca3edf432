def level3(x):
    return x["missing"]
def level2(x):
    return level3(x)
def level1():
    return level2({"present": 1})
print("before")
try:
    level1()
except KeyError as e:
    print("caught", repr(e))
print("after")
level1()
print("never")
