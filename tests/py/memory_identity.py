# identity and the small-int cache, as CPython
a = 256
b = 255 + 1
print(a is b)
c = [1, 2]
d = c
print(c is d, c == [1, 2], c is [1, 2])
print(None is None, True is (1 == 1))
x = "abc"
print(x == "ab" + "c")
print(type(1), type("a"), type([]), type(None) is type(None))
