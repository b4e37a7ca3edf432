def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return "mismatch at %d" % i
    return "ok" if not stack else "unclosed %s" % "".join(stack)
for s in ["(a[b]{c})", "(]", "((", "{[()()]}", ")", ""]:
    print(repr(s), balanced(s))
queue = []
for i in range(5):
    queue.append(i * i)
    print("enq", i * i, queue)
while queue:
    print("deq", queue.pop(0), queue)
try:
    queue.pop()
except IndexError as e:
    print(type(e).__name__, e)
def to_base(n, b):
    digits = "0123456789ABCDEF"
    stack = []
    while n:
        n, r = divmod(n, b)
        stack.append(digits[r])
    return "".join(reversed(stack)) or "0"
print([to_base(255, b) for b in (2, 8, 10, 16)], to_base(0, 2))
