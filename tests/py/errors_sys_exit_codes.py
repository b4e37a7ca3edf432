import sys
print("start")
sys.stdout.write("written\n")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e)
print("continuing")
sys.exit(3)
print("unreachable")
