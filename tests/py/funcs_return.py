def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "early at 3"
    return "finished"
print(nothing(), bare(), multi(), early(10), early(2))
a, b, c = multi()
print(a, b, c)
def in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def loop_return():
    while True:
        for x in range(5):
            if x == 2:
                return x * 100
print(loop_return())
def returns_func():
    return lambda: "inner"
print(returns_func()())
def cond(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
print(cond(1), cond(-1), cond(0))
