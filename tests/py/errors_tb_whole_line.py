# the failing expression is the whole line: no carets
def fail():
    raise RuntimeError("stop")

x = 1
fail()
