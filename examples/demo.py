# A tour of where things live.  Run with:  glasspy --map examples/demo.py
# The memory map at the end shows every area of the image; the comments
# say which area each value below is in.

import sys

greeting = "hello"            # a code constant: static area
small = 100                   # small ints -5..256: static area, shared
same = 50 + 50
print("small ints are shared:", small is same)

numbers = [n * n for n in range(10)]    # a list made at run time: heap
print("squares:", numbers)

def fib(n):
    # each call's frame, with its reference variables, is on the stack area
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib(20) =", fib(20))

big = 2 ** 200                # a big int: its digits are in the heap too
print("2**200 has", len(str(big)), "digits")

try:
    sys.setrecursionlimit(100)
    fib(200)
except RecursionError as e:
    print("caught:", e)

freed = [1, 2, 3]
address = id(freed)
del freed                     # freed at once by reference counting...
again = [4, 5, 6]
print("block reused:", id(again) == address)   # ...and its block reused
