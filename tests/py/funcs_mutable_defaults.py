# mutable default arguments, evaluated once at def time
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

def counter(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return dict(seen)

for k in "abcab":
    print(counter(k))

x = 10
def default_at_def(v=x):
    return v
x = 20
print(default_at_def(), default_at_def(5))

def kwonly(a, *, b=[], c=()):
    b.append(a)
    return b, c
print(kwonly(1), kwonly(2), kwonly(3, b=[0]))
print(kwonly.__kwdefaults__)

def make_defaults():
    results = []
    for n in range(3):
        def f(n=n, acc=[]):
            acc.append(n)
            return acc
        results.append(f)
    return results
fs = make_defaults()
print([f() for f in fs], [f() for f in fs])

def cache_default(n, _cache={0: 1}):
    if n not in _cache:
        _cache[n] = n * cache_default(n - 1)
    return _cache[n]
print(cache_default(10), len(cache_default.__defaults__[0]), cache_default(5))
def defaults_none(a, b=None, *args, c=None, **kw):
    return a, b, args, c, kw
print(defaults_none(1), defaults_none(1, 2, 3, 4, c=5, d=6))
print(defaults_none.__defaults__, defaults_none.__name__)
