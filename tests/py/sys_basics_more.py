# sys module attributes a student touches
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_basics_more.py"))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 1)
print(sys.version_info[0], sys.version_info >= (3, 0))
print(sys.byteorder in ("little", "big"), sys.platform.startswith("linux"))
print(sys.getrecursionlimit() > 100)
sys.stdout.write("write returns count\n")
print(sys.stdout.write("abc\n"))
print(sys.intern("hello") is sys.intern("hel" + "lo"))
print(type(sys.modules).__name__, "sys" in sys.modules)
print(type(sys.path).__name__)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught", e.code)
print("still running")
