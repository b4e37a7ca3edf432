# sys.getsizeof: how a list's and a dict's size grows as items are added
# (the steps, not the absolute sizes, which depend on the header layout)
import sys
lst = []
base = sys.getsizeof(lst)
steps = []
for i in range(60):
    lst.append(i)
    steps.append(sys.getsizeof(lst) - base)
print(steps)
print(sorted(set(steps)))
shrink = []
while lst:
    lst.pop()
    shrink.append(sys.getsizeof(lst) - base)
print(shrink[::5])
d = {}
dbase = sys.getsizeof(d)
dsteps = []
for i in range(50):
    d[i] = i
    dsteps.append(sys.getsizeof(d))
changes = [i for i in range(1, len(dsteps)) if dsteps[i] != dsteps[i - 1]]
print("dict grows at sizes:", [i + 1 for i in changes])
print(sys.getsizeof((1, 2, 3)) - sys.getsizeof(()))
print(sys.getsizeof(list(range(10))) - sys.getsizeof([]), sys.getsizeof([0] * 10) - sys.getsizeof([]))
print(sys.getsizeof("abcd") - sys.getsizeof("abc"), sys.getsizeof("é" * 4) - sys.getsizeof("é" * 3))
print(sys.getsizeof("😀" * 4) - sys.getsizeof("😀" * 3), sys.getsizeof("ā" * 4) - sys.getsizeof("ā" * 3))
print(sys.getsizeof(2 ** 300) > sys.getsizeof(2 ** 10), sys.getsizeof(1.0) == sys.getsizeof(2.5))
