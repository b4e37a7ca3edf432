# id() is an address inside the image; small ints are shared static objects
# and freed memory is reused at once (the block freed last comes back).
a = 256
b = 255 + 1
assert a is b
assert id(a) == id(b)
x = [1, 2, 3]
old = id(x)
del x
y = [4, 5, 6]
assert id(y) == old, "a freed block is the next one handed out"
assert id(None) != id(y)
print("ok")
