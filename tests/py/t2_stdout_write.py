import sys
n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
print(n)
for i in range(5):
    sys.stdout.write(str(i))
    sys.stdout.write(",")
sys.stdout.write("\n")
sys.stdout.write("%-6s|%6s|\n" % ("ab", "cd"))
print("a", "b", sep="", end="")
print("c")
print("x", "y", "z", sep="--")
print(*range(4), sep=", ", end=".\n")
print()
print("end", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print(len(sys.argv), sys.argv[0])
