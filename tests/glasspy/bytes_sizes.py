# glasspy-flags: --memory 64M
# sys.getsizeof of bytes and bytearray is their real footprint in the image:
# a bytes is its 32-byte header and the bytes inline plus a NUL; a bytearray
# is a 40-byte header and the buffer it allocated (__alloc__), which grows
# by CPython's rule and gives its memory back when it shrinks or dies.
import sys
for n in (0, 1, 10, 1000):
    assert sys.getsizeof(b"x" * n) == 32 + n + 1, n
a = bytearray()
assert a.__alloc__() == 0 and sys.getsizeof(a) == 40
steps = set()
for i in range(10000):
    a.append(i & 255)
    assert sys.getsizeof(a) == 40 + a.__alloc__()
    assert a.__alloc__() > len(a)
    steps.add(a.__alloc__())
assert len(steps) < 80, "appends are amortised: few reallocations"
del a[100:]
assert a.__alloc__() == 101, "a big shrink gives the spare room back"
a.clear()
assert a.__alloc__() == 1, "as CPython: a NUL is kept"
# a bytearray too big for the heap is a MemoryError, not a crash
try:
    bytearray(1 << 40)
    raise AssertionError("no MemoryError")
except MemoryError:
    pass
big = bytearray(10 << 20)
big[-1] = 7
assert big[-1] == 7 and len(big) == 10 << 20
del big
print("ok")
