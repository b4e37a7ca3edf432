def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            yield ("NUM", s[i:j])
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            yield ("NAME", s[i:j])
            i = j
        elif c in "+-*/()":
            yield ("OP", c)
            i += 1
        else:
            raise SyntaxError("bad char %r at %d" % (c, i))
for tok in tokenize("x1 = 3.5 * (y + 42)".replace("=", "+")):
    print(tok)
try:
    list(tokenize("a $ b"))
except SyntaxError as e:
    print(type(e).__name__, e)
def rpn(tokens):
    stack = []
    for t in tokens:
        if t in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            stack.append(float(t))
        yield list(stack)
for st in rpn("3 4 + 2 * 7 /".split()):
    print(st)
