# eval() and exec(): source compiled at run time, in the caller's
# namespaces or in given dicts; compile errors as SyntaxError objects.
x = 20
print(eval("x + 1"), eval(" 2 ** 10"), eval("[i * i for i in range(4)]"), eval("x", {"x": 5}))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len('abc')", {}), eval("'%s-%s' % (x, x)"))
g = {"n": 3}
exec("m = n * 2\ndef f(k):\n    return k + m\nr = f(10)", g)
print(sorted(k for k in g if not k.startswith("__")), g["m"], g["r"])
exec("y = x * 3")
print(y)
def inner():
    local = 7
    print(eval("local * 2"), eval("x"))
    exec("local = 100")
    print(local)
inner()
print(exec("1 + 1"), eval("None"))
for src in ["1 +", "x = (", "a b", "def f(:\n  pass", "[1, 2", "lambda:", "1 if 2", "f(",
            "if 1:\nx"]:
    for fn in (eval, exec):
        try:
            fn(src)
        except SyntaxError as e:
            print(fn.__name__, repr(src), type(e).__name__, str(e), e.msg, e.lineno, e.offset,
                  repr(e.text), e.end_lineno, e.end_offset, e.filename)
for bad in [(1,), ("1", []), ("1", {}, 5)]:
    try:
        eval(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("ValueError:", e)
print(SyntaxError("m").lineno, str(SyntaxError("m", ("dir/f.py", 3, 1, "t", 3, 2))))
e = SyntaxError("bad", ("<file>", 2, 5, "text here\n", 2, 7))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.args)
eval("1 +\n2")
