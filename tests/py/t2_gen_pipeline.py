def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

pipe = evens(squares(numbers(7)))
for v in pipe:
    print("got", v)
print(list(evens(squares(range(10)))))
print(sum(x for x in squares(range(5))))
g = squares(iter([3, 4]))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
