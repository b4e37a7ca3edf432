def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
        x = 2
    return C
