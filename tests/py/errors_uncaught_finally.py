def f():
    try:
        print("in try")
        raise ValueError("boom")
    finally:
        print("finally still prints")
f()
