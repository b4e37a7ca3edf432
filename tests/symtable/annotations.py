x: int = 1
y: str
def f(a: int, *b: str, c: float = 1.0, **d: dict) -> list:
    z: int = 2
    return z
class C:
    attr: int
    other: str = "a"
