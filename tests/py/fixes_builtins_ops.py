# behaviours that once differed from CPython
print(all([]), all([1]), all([1, 0]), all([0]), any([]), any([0, 1]))
def g(**kw):
    return kw
try:
    g(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
l = [1, 2]
a = l
l *= 2
print(a, l is a)
s = {1}
alias = s
s |= {2}
s &= {1, 2, 3}
s -= {9}
s ^= {4}
print(sorted(alias), s is alias)
print(True & False, True | False, True ^ True, type(True & True).__name__, True & 3, 6 | True)
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
d = {"x": 1}
d |= {"y": 2}
print(d)
for bad in (1.5, "x", [1]):
    try:
        [1] * bad
    except TypeError as e:
        print(e)
def documented(a, b=2, *, c=3):
    "the doc"
    return a
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(len.__name__, [].append.__name__)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, issubclass(TabError, SyntaxError))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(DeprecationWarning, Warning))
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
