# exceptions interacting with loops, finally, return, break and continue
def process(values):
    results = []
    for v in values:
        try:
            if v is None:
                continue
            if v == "stop":
                break
            results.append(10 / v)
        except ZeroDivisionError:
            results.append("inf")
        except TypeError as e:
            results.append(f"bad:{type(v).__name__}")
        finally:
            results.append("|")
    else:
        results.append("completed")
    return results
print(process([1, 0, None, "x", 4]))
print(process([2, "stop", 5]))

def retry(fn, attempts):
    errors = []
    for i in range(attempts):
        try:
            return fn(i), errors
        except ValueError as e:
            errors.append(str(e))
    return None, errors
print(retry(lambda i: 100 // (i - 2) if i >= 2 and i != 2 else (_ for _ in ()).throw(ValueError(f"try {i}")), 5))
print(retry(lambda i: int("x"), 3))

def finally_return_wins():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(finally_return_wins())

def exception_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return f"{e} (context: {e.__context__!r})"
print(exception_in_finally())

def count_finally():
    log = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise RuntimeError(i)
                log.append(f"ok{i}")
            finally:
                log.append(f"inner{i}")
        except RuntimeError as e:
            log.append(f"caught{e}")
            continue
        finally:
            log.append(f"outer{i}")
        log.append(f"end{i}")
    return log
print(count_finally())

def while_with_errors():
    stack = [3, "a", 0, 2]
    out = []
    while stack:
        item = stack.pop()
        try:
            out.append(6 // item)
        except (ZeroDivisionError, TypeError) as e:
            out.append(type(e).__name__)
    return out
print(while_with_errors())
total = 0
for s in ["1", "2", "x", "3.5", "4", ""]:
    try:
        total += int(s)
    except ValueError as e:
        print("skip", repr(s), "->", e)
print("total", total)
def gen_with_cleanup():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleanup")
for v in gen_with_cleanup():
    if v == 2:
        break
print("after break")
