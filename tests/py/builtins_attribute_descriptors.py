# Computed attributes are descriptors in their type's dict: looked up once
# per type, seen from the type as descriptors, read-only unless settable.
print(int.real, float.imag, ValueError.args)
print((5).real, (5).imag, (2.5).real, (7).numerator, (7).denominator, True.real)
e = KeyError("k")
print(e.args, e.__cause__, e.__context__)
e.args = ("changed",)
print(e.args, repr(e))
for target, attr in ((5, "real"), (1.5, "imag")):
    try:
        setattr(target, attr, 0)
    except AttributeError as err:
        print("AttributeError:", err)
def f():
    "doc"
f.tag = "t"
print(f.__name__, f.__qualname__, f.__doc__, f.tag, sorted(f.__dict__))
f.__qualname__ = "renamed"
print(f.__qualname__, f.__name__)
try:
    f.__code__ = None
except (AttributeError, TypeError) as err:
    print(type(err).__name__)
print(int.__name__, int.__qualname__, int.__module__, ValueError.__module__)
print(len.__name__, [].append.__name__, "x".upper.__qualname__, hasattr(5, "real"), getattr(5, "imag"))
print(range(3).start, range(1, 9, 2).step, range(4).stop)
