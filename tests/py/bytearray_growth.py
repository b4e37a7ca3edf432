# bytearray over-allocates like CPython: __alloc__ and getsizeof differences
import sys
a = bytearray()
seen = []
for i in range(200):
    a.append(i % 256)
    if not seen or seen[-1] != a.__alloc__():
        seen.append(a.__alloc__())
print(seen)
base = sys.getsizeof(bytearray())
print([sys.getsizeof(bytearray(n)) - base for n in (0, 1, 5, 100)])
print([bytearray(b"x" * n).__alloc__() for n in (0, 1, 2, 10, 1000)])
print(bytearray(range(20)).__alloc__(), bytearray([1, 2, 3]).__alloc__())
b = bytearray(1000)
sizes = []
while len(b) > 0:
    del b[len(b) // 2:]
    sizes.append((len(b), b.__alloc__()))
print(sizes)
c = bytearray(b"x" * 100)
c.extend(b"y" * 5)
print(len(c), c.__alloc__(), sys.getsizeof(c) - base)
c.clear()
print(c.__alloc__(), sys.getsizeof(c) - base)
