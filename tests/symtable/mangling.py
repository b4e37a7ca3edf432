class Foo:
    __secret = 1
    def __m(self):
        return self.__secret, __other
    def __dunder__(self):
        pass
class _Bar:
    __x = 2
class ___:
    __y = 3
