# print's file= argument with good and bad values, stdout.write, NUL characters
import sys
print("to stderr", file=sys.stderr)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", file="name.txt")
except AttributeError as e:
    print(type(e).__name__, e)
print("after", file=None)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout.write(""), sys.stderr.write("err\n") > 0)
sys.stdout.flush()
print("é", "日本", "😀", sep="|", flush=True)
print(1, 2, sep="", end="")
print()
print("a\0b")
print(repr("a\0b"))
