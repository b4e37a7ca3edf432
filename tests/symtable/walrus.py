def f(xs):
    if (n := len(xs)) > 2:
        pass
    return [y := x for x in xs], y, n
total = [last := v for v in range(5)]
