def outer():
    x = 1
    def a():
        nonlocal x
        x = 2
    def b():
        x = 3
        return x
    a()
    r = b()
    return x, r
print(outer())
def chain():
    v = "outer"
    def mid():
        nonlocal v
        v = "mid"
        def inner():
            nonlocal v
            v += "+inner"
        inner()
    mid()
    return v
print(chain())
def loop_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(1, 5):
        add(i)
    return total
print(loop_closure())
def swap_demo():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(swap_demo())
def del_nonlocal():
    y = 5
    def kill():
        nonlocal y
        del y
    kill()
    try:
        return y
    except NameError as e:
        return type(e).__name__
print(del_nonlocal())
