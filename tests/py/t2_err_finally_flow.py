def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        print("except", e)
        return "from except"
    finally:
        print("finally", n)
for n in range(3):
    print(f(n))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
try:
    try:
        raise KeyError("a")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer got", e)
