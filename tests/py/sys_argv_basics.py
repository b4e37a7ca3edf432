import sys
print(len(sys.argv), sys.argv[0])
print(type(sys.argv).__name__, sys.argv[1:])
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 0)
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
n = sys.stdout.write("abc\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(type(sys.getsizeof([])).__name__, sys.getsizeof([]) > 0)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
