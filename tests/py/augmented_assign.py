x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 1; print(y)
y ^= 0b1111; print(y)
y <<= 4; print(y)
y >>= 2; print(y)
s = "ab"
s += "cd"; s *= 2; print(s)
t = (1,)
t2 = t
t += (2,); print(t, t2, t is t2)
l = [1]
l2 = l
l += [2]; l += l; print(l, l2, l is l2)
d = {"k": 1}
d["k"] += 10; d["k"] *= 2; print(d)
lst = [1, 2, 3]
lst[0] += 100; lst[-1] **= 2; print(lst)
nested = [[0, 0], [0, 0]]
nested[1][0] += 7; print(nested)
st = {1}
st |= {2}; st -= {1}; print(st)
try:
    undefined_thing += 1
except NameError as e:
    print(type(e).__name__, e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tup)
