def f(**k):
    return k
print(f(a=1, b=2, a=3))
