x = 1 + \
    2
if a and \
   b:
    pass
y = (1 +
     2)
z = [1,
  2,
      3]
d = {
    'a': 1,
    'b': 2,
}
f(a,
  b)
s = ("implicit"
     "concatenation")
t = """triple
quoted""" + \
"next"
assert x, \
    "msg"
