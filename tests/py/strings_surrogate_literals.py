x = "\ud800"
print(len(x), ascii(x), repr("a\udcffb"), hex(ord(x)), "\U0001F600\ud83d" == chr(0x1F600) + chr(0xd83d))
print(ascii(f"{x}!"), len("é\udc80"))
try:
    print(x)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
import sys
try:
    sys.stdout.write("ok \udc80\n")
except UnicodeEncodeError as e:
    print("write:", e)
print("a\ud83d\ude00b".encode("utf-8", "surrogateescape") if False else len("a\ud83d\ude00b"))
try:
    sys.stdout.write("bad \ud800\n")
except UnicodeEncodeError as e:
    print("write:", e)
print("escaped \udcff byte")
