def deco(fn):
    return fn
@deco
def f():
    pass
@deco
class C:
    @staticmethod
    def s():
        return 1
