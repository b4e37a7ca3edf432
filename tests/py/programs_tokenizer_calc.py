# a tokenizer and recursive-descent calculator for arithmetic expressions
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(("num", float(num) if "." in num else int(num)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

def parse(tokens, env):
    pos = 0
    def peek():
        return tokens[pos]
    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok
    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = advance()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek()[0] == "op" and peek()[1] in "*/%":
            op = advance()[1]
            r = factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor():
        if peek() == ("op", "-"):
            advance()
            return -factor()
        base = atom()
        if peek() == ("op", "^"):
            advance()
            return base ** factor()
        return base
    def atom():
        kind, val = advance()
        if kind == "num":
            return val
        if kind == "name":
            if val not in env:
                raise NameError(f"unknown variable {val}")
            return env[val]
        if (kind, val) == ("op", "("):
            v = expr()
            if advance() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing {peek()[1]!r}")
    return result

env = {"x": 3, "y": 4.5, "big": 10 ** 20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x * y - 1", "10 / 4", "10 % 4",
            "big * big", "1.5 + .5", "((x))", "2 * (3 + 4) * 5", "7 / 0", "1 +", "a + 1", "3 $ 4", "(1 + 2"]:
    try:
        print(f"{src:<18} = {parse(tokenize(src), env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<18} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 22*(b - 3.5)"))
