counter = 0
def make_default():
    global counter
    counter += 1
    print("evaluated default", counter)
    return counter
def f(x=make_default()):
    return x
print(f(), f(), f(10), counter)
def acc(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(acc(1), acc(2), acc(3, [0]))
def shared(item, bucket=[]):
    bucket.append(item)
    return bucket
print(shared(1), shared(2))
def kwdef(*, a=1, b):
    return a, b
print(kwdef(b=2), kwdef(a=0, b=0))
def doc():
    "a docstring"
    return 1
print(doc())
x = 5
def late(y=x):
    return y
x = 6
print(late())
