class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(metaclass=M): pass
class A(B, metaclass=M, **kw): pass
class A(*bases): pass
class A:
    x = 1
    def f(self):
        return self.x
    class Inner:
        pass
class A(B, x=1, *c, **d):
    """doc"""
    y: int = 0
