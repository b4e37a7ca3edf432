def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        return 1 // 0
    if n == 2:
        return [][5]
    if n == 3:
        return {}["k"]
    return n

for i in range(5):
    try:
        print("result", risky(i))
    except ValueError as e:
        print("ValueError:", e)
    except (ZeroDivisionError, IndexError) as e:
        print(type(e).__name__, e)
    except Exception as e:
        print("other", repr(e))
    else:
        print("no exception")
    finally:
        print("finally", i)

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
        return "returned from except"
    finally:
        print("outer finally")

print(nested())

def loop_with_try():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f")
    return out

print(loop_with_try())

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise

try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))

try:
    raise RuntimeError("outer") from KeyError("cause")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(finally_return())
try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e))
try:
    x = undefined_thing
except NameError as e:
    print(e)
caught = 0
for i in range(1000):
    try:
        raise IndexError(i)
    except IndexError:
        caught += 1
print("caught", caught)
try:
    print("in try")
except:
    print("never")
print("done")
