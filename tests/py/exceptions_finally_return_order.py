order = []
def f():
    try:
        order.append("try")
        return order.append("return-expr") or "value"
    finally:
        order.append("finally")
print(f(), order)
def g():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(h())
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("k finally")
print(k())
def w():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                break
        finally:
            print("w finally", i)
    return i
print(w())
