def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned"
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally", x)
    print("after")
    return "end"
for x in range(3):
    print("->", f(x))
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
loop()
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("outer finally")
nested()
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def replace():
    try:
        raise ValueError("first")
    finally:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("handled", e)
try:
    replace()
except ValueError as e:
    print("still", e)
