vals = [0, 1.5, "s", [], (), {}, set(), frozenset(), None, True, range(3), len, lambda: 0]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), callable(v))
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int))
print(isinstance(1, object), isinstance(None, object), issubclass(bool, object), issubclass(int, int))
print(type(type(1)).__name__, type(int), type(None), type(print), type(range(1)))
print(type([]) == list, type("") in (str, bytes) if False else type("") in (str, list))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr("s", "upper"), hasattr("s", "nope"), hasattr([], "append"), getattr("abc", "upper")())
print(getattr([], "nope", "default"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
print(int.__name__, str.__name__, type(3.0).__name__)
