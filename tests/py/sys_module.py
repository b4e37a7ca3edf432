import sys
print(sys.argv[1:], sys.maxsize, sys.byteorder)
from sys import getrecursionlimit as grl
print(grl())
sys.setrecursionlimit(50)
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.stdout.write("direct write\n")
print("to stderr", file=sys.stderr)
print(sys.getsizeof("abc") > 0, sys.getrefcount([]) >= 1)
try:
    import nonexistent_module
except ImportError as e:
    print(type(e).__name__)
sys.exit(3)
