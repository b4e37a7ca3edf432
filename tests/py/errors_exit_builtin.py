# exit() as a student script uses it: stops the program with a status after output
def check(values):
    for v in values:
        if v < 0:
            print("negative value found:", v)
            return False
    return True
try:
    exit(3)
except SystemExit as e:
    print("exit caught:", e.code)
try:
    quit()
except SystemExit as e:
    print("quit caught:", e.code)
try:
    exit("message")
except SystemExit as e:
    print("exit caught:", repr(e.code))
data = [4, 8, -1, 3]
print("checking", data)
if not check(data):
    print("giving up")
    exit(2)
print("never printed")
