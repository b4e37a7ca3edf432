None
True
False
...
x = None
y = True, False, ...
Ellipsis
