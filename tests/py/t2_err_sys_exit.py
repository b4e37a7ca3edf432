import sys
def main():
    total = 0
    for i in range(5):
        total += i
        print("step", i, total)
    if total > 5:
        print("too big, exiting")
        sys.exit(3)
    print("not reached")
try:
    sys.exit("msg")
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
main()
