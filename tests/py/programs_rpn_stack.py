# a reverse-Polish calculator with a list as stack and a dict of operations
import math
OPS = {
    "+": (2, lambda a, b: a + b), "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b), "/": (2, lambda a, b: a / b),
    "//": (2, lambda a, b: a // b), "%": (2, lambda a, b: a % b),
    "^": (2, lambda a, b: a ** b), "neg": (1, lambda a: -a),
    "sqrt": (1, math.sqrt), "dup": (1, lambda a: (a, a)), "swap": (2, lambda a, b: (b, a)),
}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise IndexError(f"{tok!r} needs {arity} operands, stack has {len(stack)}")
            args = stack[-arity:]
            del stack[-arity:]
            result = fn(*args)
            if isinstance(result, tuple):
                stack.extend(result)
            else:
                stack.append(result)
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "7 2 /", "7 2 //", "-7 2 %", "9 sqrt",
          "2 dup *", "1 2 swap -", "1.5 2.5 +", "10 neg 3 *", "1 +", "1 2", "1 0 /", "x 1 +", "2 1000 ^ 3 %"]:
    try:
        print(f"{e:<22} -> {rpn(e)!r}")
    except (IndexError, ValueError, ZeroDivisionError) as err:
        print(f"{e:<22} !! {type(err).__name__}: {err}")
