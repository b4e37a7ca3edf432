def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for _ in range(n):
        yield next(it)

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

print(list(take(15, fib())))
print(list(take_while(lambda x: x < 1000, fib())))
big = None
for i, v in enumerate(fib()):
    if i == 100:
        big = v
        break
print(big)
print(len(str(big)))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(8)])
