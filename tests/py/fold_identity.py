# Equal constants of one compilation are one object (CPython's constant
# cache): folded ones too, inside a code object and across code objects.
a = 2**64
b = 2**64
print(a, a is b)
c = 18446744073709551616
print(a is c)

def f():
    return 2**64

def g():
    return 1 << 64

print(f() is a, g() is a, f() is g())

# tuples of constants are folded into one constant; equal ones are shared,
# and so are their items
t = (1, (2, 3), 'x')
u = (2, 3)
print(t[1] is u, t is (1, (2, 3), 'x'))

def h():
    return (1, (2, 3), 'x')

print(h() is t, h() is h())

# strings made by folding are the literal's object
s = 'ab' + 'c'
w = 'abc'
print(s is w, 'a' * 3 == 'aaa')
k = 'xy' * 2
def m():
    return 'xyxy'
print(k is m())

# bytes too
bb = b'ab' + b'cd'
bc = b'abcd'
print(bb is bc)

# a list display is a new list each time, even of constants
def lst():
    return [1, 2, 3]
print(lst() is lst(), lst() == lst())
