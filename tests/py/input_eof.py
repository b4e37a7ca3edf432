print("asking for input")
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print(type(e).__name__)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__)
print("done")
