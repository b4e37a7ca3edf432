import sys
try:
    print("before")
    sys.exit(0)
finally:
    print("finally on exit")
