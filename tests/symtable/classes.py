class A:
    x = 1
    def m(self):
        return x
    def n(self):
        return self.x
    y = [x for _ in range(3)]
class B(A):
    def f(self):
        return super().f()
    def g(self):
        return __class__
