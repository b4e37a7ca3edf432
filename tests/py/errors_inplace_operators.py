x = 1
try:
    x += "a"
except TypeError as e: print(e)
l = [1]
try:
    l -= [1]
except TypeError as e: print(e)
def f(x): pass
try: f(1, 2, y=3)
except TypeError as e: print(e)
try: f(1, 2)
except TypeError as e: print(e)
def g(x, *, k): pass
try: g(1, 2, z=3)
except TypeError as e: print(e)
try: g(1, 2)
except TypeError as e: print(e)
s = "a"
try: s *= "b"
except TypeError as e: print(e)
try: x **= "2"
except TypeError as e: print(e)
try: x @= 2
except TypeError as e: print(e)
s = {1}
for op in ("s -= 5", "s |= [1]", "s &= 'a'"):
    try:
        if op == "s -= 5":
            s -= 5
        elif op == "s |= [1]":
            s |= [1]
        else:
            s &= "a"
    except TypeError as e:
        print(e)
d = {}
try:
    d |= 5
except TypeError as e:
    print(e)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(e)
try:
    l += 5
except TypeError as e:
    print(e)
n = 2
try:
    n <<= "x"
except TypeError as e:
    print(e)
print(pow(2, 3), 2 ** 3)
try:
    pow("a", 2)
except TypeError as e:
    print(e)
