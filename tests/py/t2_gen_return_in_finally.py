def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
for x in g():
    print(x)
    break
print("after break")
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("leave", i)
print(list(h()))
def gen_exc():
    yield 1
    raise ValueError("inside gen")
try:
    for v in gen_exc():
        print("v", v)
except ValueError as e:
    print(type(e).__name__, e)
def stop_in_gen():
    yield 1
    raise StopIteration
try:
    print(list(stop_in_gen()))
except RuntimeError as e:
    print(type(e).__name__, e)
