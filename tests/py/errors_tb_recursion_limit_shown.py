# recursion deeper than the 1000 entries shown
def f(n):
    if n:
        return f(n - 1)
    return 1 / 0
f(2000)
