f = lambda x, y=2: x + y
def g(k):
    return lambda: k
h = lambda *a, **k: (a, k)
