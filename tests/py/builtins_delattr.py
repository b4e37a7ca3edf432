def f(): pass
f.x = 1
delattr(f, "x")
print(hasattr(f, "x"))
try: delattr(f, "x")
except AttributeError as e: print("AttributeError", e)
try: delattr(f)
except TypeError as e: print(e)
try: delattr(f, 1)
except TypeError as e: print(e)
import sys
sys.foo = 1; delattr(sys, "foo"); print(hasattr(sys, "foo"))
try: delattr(5, "real")
except AttributeError as e: print(e)
try: setattr(f, "a")
except TypeError as e: print(e)
try:
    del sys.nope
except AttributeError as e:
    print(repr(e))
ns = sys.implementation
ns.extra = 1
del ns.extra
try:
    del ns.extra
except AttributeError as e:
    print(repr(e))
try:
    del f.nope
except AttributeError as e:
    print(repr(e))
