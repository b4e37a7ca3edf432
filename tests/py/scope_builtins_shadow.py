print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    list = "local list"
    return list
print(f(), list("ab"))
max_ = max
def g(max=3):
    return max
print(g(), max_(1, 2))
sum = 10
print(sum)
del sum
print(sum([1, 2]))
try:
    del sum
except NameError as e:
    print(type(e).__name__, e)
str = int
print(str("42") + 1)
del str
print(str(42) + "1")
