# reading stdin when it is empty (/dev/null): input() raises EOFError
import sys
lines = []
while True:
    try:
        line = input("prompt> ")
    except EOFError as e:
        print("EOFError:", repr(str(e)), isinstance(e, Exception))
        break
    lines.append(line)
print("read", len(lines), "lines")
def ask(question, default):
    try:
        answer = input(question)
    except EOFError:
        return default
    return answer or default
print(ask("name? ", "anonymous"), ask("age? ", 0))
print(sys.stdin.read() == "", repr(sys.stdin.readline()), sys.stdin.readlines())
count = 0
for line in sys.stdin:
    count += 1
print("lines from iteration:", count)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    input()
except EOFError:
    print("second EOF ok")
