def outer():
    a = 1
    b = 2
    def middle():
        def inner():
            return a + c
        c = 3
        return inner
    return middle
