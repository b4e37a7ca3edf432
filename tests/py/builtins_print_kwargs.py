# print with sep, end, flush and file=sys.stdout
import sys

print("a", "b", "c", sep="-")
print("a", "b", "c", sep="")
print("x", end="")
print("y", end="!\n")
print(1, 2, 3, sep=", ", end=".\n")
print("flushed", flush=True)
print("to stdout", file=sys.stdout)
print(file=sys.stdout)
print()
print(None, True, 1.5, [1, 2], (3,), {"k": "v"}, sep=" | ")
print(*range(5))
print(*"hello", sep=".")
print(*[], sep="X")
print("tab", "sep", sep="\t")
print("multi\nline", "item", sep="\n")
for i in range(3):
    print(i, end=" ")
print()
print("sep None", "ok", sep=None)
print("end None", end=None)
print("after")
try:
    print("bad", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("bad", end=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("bad", nope=1)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.write("written\n")
n = sys.stdout.write("count me\n")
print(n)
