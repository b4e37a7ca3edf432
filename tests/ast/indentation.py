if a:
    b
    if c:
        d
    e
f
if x:
	if y:
		pass
	z = 1
if a:
  b
  # comment at other indentation
      # another
  c

if d:

    e

def f():
    pass
# trailing comment
class A:
        x = 1
        def m(self):
             return 2
