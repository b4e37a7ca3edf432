@dec
def f(): pass
@dec()
def f(): pass
@dec.attr
def f(): pass
@dec.attr(1, x=2)
def f(): pass
@a
@b
@c
def f(): pass
@dec
class A: pass
@buttons[0].clicked.connect
def f(): pass
@(lambda f: f)
def f(): pass
@x := y
def f(): pass
@a if b else c
def f(): pass
