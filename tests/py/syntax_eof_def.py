print("never")
def f():
