print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash(42), hash(-1) == hash(-2), hash(2 ** 61 - 1), hash(10 ** 30) == hash(10 ** 30))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, type(id(a)).__name__)
x = None
print(x is None, id(None) == id(None), id(True) == id(True))
print(hash(1.5) == hash(1.5), hash(float("inf")) == hash(float("inf")))
