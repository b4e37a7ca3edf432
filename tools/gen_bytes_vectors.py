"""Generate tests/unit/bytes_vectors.h: bytes' operators and methods (and
str.encode) as CPython 3.11 computes them.  A vector is (receiver,
operation, arguments, outcome).  The receiver is hex ("s:" prefix: a str,
as hex of its UTF-8); arguments are '|'-separated tokens: b:HEX (bytes),
s:HEX (str, UTF-8), i:N (int), f:X (float), n (None), L:t1,t2,... (a list of
tokens), a:HEX (bytearray), B:0/1 (bool), R:N (range(N)), T:t1,... (tuple),
D:k1,v1,... (dict), I:t1,... (an iterator over the tokens), with an optional
"name=" prefix for a keyword argument.  A bytearray receiver is "a:HEX".  The
outcome is repr(result) or "!Type: message", in UTF-8.  Operations are
method names, or "[]", "[:]" (args: start|stop|step), "+", "r+", "*",
"r*", "in", "==" "!=" "<" "<=" ">" ">=", "hash", "len", "iter", "repr",
"bytes" / "bytearray" (the constructor), "%", "fromhex" and "maketrans" (of
the receiver's type).  Mutations of a bytearray receiver report the pair
(result, receiver after): "!name" (a method), "[]=" (index|value), "[:]="
(start|stop|step|value), "del[]", "del[:]", "+=" and "*=" (result: whether
the receiver itself came back).  Run by `make expected`; the output is committed."""
import operator

OUT = "tests/unit/bytes_vectors.h"
vectors = []


class It(list):
    """An argument that is a fresh iterator over these items each time."""


def tok(v):
    if isinstance(v, It):
        return "I:" + ",".join(tok(x) for x in v)
    if isinstance(v, bool):
        return "B:%d" % v
    if isinstance(v, range):
        return "R:%d" % len(v)
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, bytearray):
        return "a:" + v.hex()
    if isinstance(v, tuple):
        return "T:" + ",".join(tok(x) for x in v)
    if isinstance(v, dict):
        return "D:" + ",".join(tok(x) for kv in v.items() for x in kv)
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    if v is None:
        return "n"
    if isinstance(v, bool):
        raise ValueError(v)
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:%r" % v
    if isinstance(v, list):
        return "L:" + ",".join(tok(x) for x in v)
    raise ValueError(v)


def outcome(f):
    try:
        return repr(f())
    except Exception as e:  # noqa: BLE001 - the exception is the vector
        return "!%s: %s" % (type(e).__name__, e)


CMP = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
       ">": operator.gt, ">=": operator.ge}


def mutate(recv, f):
    """The result of f() on a copy of recv, and what the copy became."""
    def g():
        try:
            r = f()
        except Exception as e:  # noqa: BLE001 - the exception is the vector
            r = "!%s: %s" % (type(e).__name__, e)
        return (r, recv)
    return g


def add(recv, op, args=(), kwargs=None):
    kwargs = kwargs or {}
    if isinstance(recv, bytearray):
        recv = bytearray(recv)      # mutations change a copy
    toks = [tok(x) for x in args] + ["%s=%s" % (k, tok(v)) for k, v in kwargs.items()]
    args = tuple(iter(list(x)) if isinstance(x, It) else x for x in args)
    a0 = args[0] if args else None
    if op == "[]":
        f = lambda: recv[a0]
    elif op == "[:]":
        f = lambda: recv[slice(*args)]
    elif op == "+":
        f = lambda: recv + a0
    elif op == "r+":
        f = lambda: a0 + recv
    elif op == "*":
        f = lambda: recv * a0
    elif op == "r*":
        f = lambda: a0 * recv
    elif op == "in":
        f = lambda: a0 in recv
    elif op in CMP:
        f = lambda: CMP[op](recv, a0)
    elif op == "hash":
        f = lambda: hash(recv)
    elif op == "len":
        f = lambda: len(recv)
    elif op == "iter":
        f = lambda: list(recv)
    elif op == "repr":
        f = lambda: recv
    elif op == "bytes":
        f = lambda: bytes(*args, **kwargs)
    elif op == "bytearray":
        f = lambda: bytearray(*args, **kwargs)
    elif op == "%":
        f = lambda: recv % a0
    elif op == "fromhex":
        f = lambda: type(recv).fromhex(*args)
    elif op == "maketrans":
        f = lambda: type(recv).maketrans(*args)
    elif op == "[]=":
        f = mutate(recv, lambda: recv.__setitem__(a0, args[1]))
    elif op == "[:]=":
        f = mutate(recv, lambda: recv.__setitem__(slice(*args[:3]), args[3]))
    elif op == "del[]":
        f = mutate(recv, lambda: recv.__delitem__(a0))
    elif op == "del[:]":
        f = mutate(recv, lambda: recv.__delitem__(slice(*args)))
    elif op == "+=":
        def iadd():
            r = recv
            r += a0
            return r is recv
        f = mutate(recv, iadd)
    elif op == "*=":
        def imul():
            r = recv
            r *= a0
            return r is recv
        f = mutate(recv, imul)
    elif op.startswith("!"):
        f = mutate(recv, lambda: getattr(recv, op[1:])(*args, **kwargs))
    else:
        f = lambda: getattr(recv, op)(*args, **kwargs)
    r = tok(recv)
    vectors.append((r, op, "|".join(toks), outcome(f)))


B = [b"", b"a", b"abc", b"hello world", b"  a b\tc \n", b"\x00\xff\x7f\x80", b"'", b'"',
     b"'\"", b"\\", b"\t\n\r\x0b\x0c", b"ABC def 123", b"123", b"abc1", b"aaa", b"a,b,,c,",
     b"caf\xc3\xa9", b"\xe2\x82\xac!", b"\xff\xfe", b"a\x80b", b"\xed\xa0\x80", b"\xf0\x9f\x98",
     bytes(range(0, 256, 7))]

for b in B:
    for op in ("repr", "len", "iter", "hash"):
        if op == "hash":
            continue
        add(b, op)
    for m in ("upper", "lower", "isdigit", "isalpha", "isspace", "strip", "lstrip", "rstrip",
              "split", "hex", "decode"):
        add(b, m)
    for enc in ("utf-8", "ascii", "latin-1", "UTF8", "Latin_1"):
        add(b, "decode", (enc,))
    for errs in ("ignore", "replace", "bogus"):
        add(b, "decode", ("utf-8", errs))
        add(b, "decode", ("ascii", errs))
    add(b, "decode", (), {"errors": "replace"})
    for i in (0, 1, -1, 3, -4, 100):
        add(b, "[]", (i,))
    for sl in ((None, None, None), (1, None, None), (None, -1, None), (None, None, -1),
               (1, 10, 2), (-3, None, None), (5, 1, -2)):
        add(b, "[:]", sl)
    for other in (b"", b"abc", b"abd", b"ab", b"\xff", b"a"):
        for op in CMP:
            add(b, op, (other,))
        add(b, "+", (other,))
        add(b, "in", (other,))
    for n in (0, 1, 3, -1):
        add(b, "*", (n,))
        add(b, "r*", (n,))
    for x in (97, 0, 256, -1, "a"):
        add(b, "in", (x,))
    for sub in (b"a", b"", b"b", b"ab", 97, 32, b" ", b"\xff"):
        for m in ("find", "index", "count", "startswith", "endswith"):
            if isinstance(sub, int) and m in ("startswith", "endswith"):
                continue
            add(b, m, (sub,))
        add(b, "find", (sub, 1))
        add(b, "count", (sub, 1, -1))
        add(b, "startswith", (sub, 1) if isinstance(sub, bytes) else (b"x",))
    for chars in (b"a", b" \t", b"ac", b"", None):
        add(b, "strip", (chars,))
        add(b, "lstrip", (chars,))
        add(b, "rstrip", (chars,))
    for sep in (b",", b" ", b"a", b"ab", None):
        add(b, "split", (sep,))
        add(b, "split", (sep, 1))
    add(b, "split", (), {"maxsplit": 1})
    for old, new in ((b"a", b"X"), (b"", b"-"), (b"aa", b""), (b"zz", b"y"), (b"\xff", b"ff")):
        add(b, "replace", (old, new))
        add(b, "replace", (old, new, 1))
    add(b, "join", ([b"x", b"yy", b""],))

# errors and odd arguments
add(b"abc", "+", ("x",))
add(b"abc", "+", (1,))
add(b"abc", "*", (1.5,))
add(b"abc", "[]", ("x",))
add(b"abc", "[]", (3,))
add(b"abc", "in", (1.5,))
add(b"abc", "find", ())
add(b"abc", "find", ("a",))
add(b"abc", "find", (256,))
add(b"abc", "find", (b"a", "x"))
add(b"abc", "index", (b"z",))
add(b"abc", "count", (b"a", 1, 2, 3))
add(b"abc", "startswith", ("a",))
add(b"abc", "endswith", ("c",))
add(b"abc", "strip", ("a",))
add(b"abc", "strip", (b"a", b"b"))
add(b"abc", "split", (b"",))
add(b"abc", "split", ("b",))
add(b"abc", "split", (b"b", 1, 2))
add(b"abc", "split", (b"b",), {"maxsplit": 0})
add(b"abc", "split", (), {"bogus": 0})
add(b"abc", "replace", (b"a",))
add(b"abc", "replace", ("a", b"b"))
add(b"abc", "join", ([b"x", "y"],))
add(b"abc", "join", (5,))
add(b",", "join", ([b"only"],))
add(b"abc", "decode", ("bogus-codec",))
add(b"abc", "decode", (), {"encoding": "ascii"})
add(b"abc", "upper", (1,))
for args, kw in (((), {}), ((3,), {}), ((0,), {}), ((-1,), {}), (([1, 2, 255],), {}),
                 (([],), {}), ((b"xyz",), {}), (("abc",), {}), (("abc", "ascii"), {}),
                 (("caf\xe9", "utf-8"), {}), (("caf\xe9", "latin-1"), {}),
                 (("caf\xe9", "ascii"), {}), (("\u20ac", "latin-1"), {}),
                 (("abc", "nope"), {}), ((1.5,), {}), ((b"x", "utf-8"), {}),
                 ((), {"encoding": "utf-8"}), (("\xe9\xe9x", "ascii", "replace"), {}),
                 (("\xe9\xe9x", "ascii", "ignore"), {}), ((5, "utf-8"), {}),
                 ((), {"source": "x", "encoding": "utf8"})):
    add(b"", "bytes", args, kw)
add(b"", "bytes", ([1, 300],))
add(b"", "bytes", (["a"],))
for s in ("", "abc", "caf\xe9", "\u20ac\U0001F600", "a\udc80b", "\xe9\xe8x\xe7"):
    add(s, "encode")
    for enc in ("utf-8", "ascii", "latin-1", "utf8", "bogus"):
        add(s, "encode", (enc,))
    for errs in ("strict", "ignore", "replace", "nope"):
        add(s, "encode", ("ascii", errs))
        add(s, "encode", ("utf-8", errs))
    add(s, "encode", (), {"errors": "replace", "encoding": "latin-1"})
add("abc", "encode", (1,))
add("abc", "encode", ("utf-8", "strict", 3))

# ---- the rarer methods, for bytes and bytearray receivers alike ----
R = [b"", b"a", b"abc", b"Hello World", b"hello world", b"  a b\tc \n", b"ab\tcd\te\n\tf",
     b"x\ny\r\nz\r", b"\n\n", b"ABC def 123", b"Abc Def", b"aBC", b"123", b"-42", b"+7",
     b"a,b,,c,", b"\x00\xff\x7f\x80", b"caf\xc3\xa9", b"\xff\xfeab", b"a\x80b\xc3",
     b"'\"", b"hello_world1x"]
for b0 in R:
    for b in (b0, bytearray(b0)):
        for m in ("capitalize", "swapcase", "title", "isalnum", "isascii", "islower", "isupper",
                  "istitle", "splitlines", "rsplit", "expandtabs", "hex", "repr", "iter", "len",
                  "upper", "lower", "strip", "split", "isdigit", "isalpha", "isspace"):
            add(b, m)
        add(b, "splitlines", (True,))
        add(b, "splitlines", (), {"keepends": True})
        for t in (0, 1, 4, -1):
            add(b, "expandtabs", (t,))
        add(b, "expandtabs", (), {"tabsize": 3})
        for w in (0, 3, 8, 13):
            for m in ("center", "ljust", "rjust", "zfill"):
                add(b, m, (w,))
            for m in ("center", "ljust", "rjust"):
                add(b, m, (w, b"*"))
                add(b, m, (w, bytearray(b"-")))
        for sep in (b",", b" ", b"a", b"ab", bytearray(b"b"), None):
            add(b, "rsplit", (sep,))
            add(b, "rsplit", (sep, 1))
            add(b, "rsplit", (), {"sep": sep, "maxsplit": 2})
            if sep is not None:
                add(b, "partition", (sep,))
                add(b, "rpartition", (sep,))
        add(b, "split", (None, 1))
        add(b, "rsplit", (None, 0))
        for sub in (b"a", b"", b"b", b"ab", 97, 32, b" ", b"\xff", bytearray(b"c"), 0):
            for m in ("rfind", "rindex", "find", "index", "count"):
                add(b, m, (sub,))
            add(b, "rfind", (sub, 1))
            add(b, "rfind", (sub, 0, -1))
            add(b, "count", (sub, -3))
        for aff in (b"", b"a", b"ab", b"abc", b"c", b"\n", bytearray(b"H")):
            add(b, "removeprefix", (aff,))
            add(b, "removesuffix", (aff,))
        add(b, "translate", (None,))
        add(b, "translate", (None, b"al"))
        add(b, "translate", (bytes.maketrans(b"abc", b"xyz"),))
        add(b, "translate", (bytes.maketrans(b"abc", b"xyz"), b"c"))
        add(b, "translate", (bytes.maketrans(b"abc", b"xyz"),), {"delete": b"z"})
        add(b, "translate", (bytearray(range(255, -1, -1)),))
        for args in ((":",), (b"-",), (":", 2), (" ", -2), (":", 3), (":", -1), (b"|", 0),
                     (), ("::",), ("\xe9",), (1,), (None,), ([1],), (":", "x")):
            add(b, "hex", args)
        add(b, "hex", (), {"sep": "_", "bytes_per_sep": 2})
        for errs in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                     "xmlcharrefreplace", "nope"):
            add(b, "decode", ("utf-8", errs))
            add(b, "decode", ("ascii", errs))
            add(b, "decode", ("latin-1", errs))
        for other in (b"abc", bytearray(b"abc"), b"", b"\xff"):
            for op in CMP:
                add(b, op, (other,))
            add(b, "+", (other,))
            add(b, "r+", (other,))
            add(b, "in", (other,))
        for n in (0, 2, -1):
            add(b, "*", (n,))
        for i in (0, -1, 2, 10):
            add(b, "[]", (i,))
        for sl in ((None, None, None), (1, None, None), (None, None, -1), (1, 10, 2)):
            add(b, "[:]", sl)
        add(b, "join", ([b"x", bytearray(b"yy"), b""],))
        add(b, "join", ([],))
        add(b, "join", ([b"only"],))
        add(b, "replace", (b"a", bytearray(b"XY")))
        add(b, "fromhex", ("00 ff 7F",))
        add(b, "maketrans", (b"ab", b"cd"))

# ---- bytearray's mutation ----
for b0 in (b"", b"a", b"abc", b"hello world", bytes(range(10))):
    b = bytearray(b0)
    for v in (0, 65, 255, 256, -1, "a", b"x", 1.5):
        add(b, "!append", (v,))
        add(b, "!remove", (v,))
        add(b, "!insert", (1, v))
    for i in (0, -1, 2, 100, -100):
        add(b, "!insert", (i, 90))
        add(b, "!pop", (i,))
        add(b, "[]=", (i, 88))
        add(b, "del[]", (i,))
    add(b, "!pop")
    add(b, "!insert", (0,))
    add(b, "!pop", ("x",))
    for src in (b"xyz", bytearray(b"Q"), [1, 2, 3], range(3), (), "ab", 5, It([7, 8]), [300],
                ["a"], b""):
        add(b, "!extend", (src,))
        add(b, "+=", (src,))
        for sl in ((None, None, None), (1, 2, None), (0, 0, None), (None, None, 2),
                   (None, None, -1), (5, 1, None), (1, None, 3)):
            add(b, "[:]=", sl + (src,))
    for n in (0, 1, 3, -2, "x"):
        add(b, "*=", (n,))
    for sl in ((None, None, None), (1, 2, None), (None, None, 2), (None, None, -2),
               (1, -1, 3), (10, 20, None), (None, None, 0)):
        add(b, "del[:]", sl)
    for m in ("clear", "copy", "reverse"):
        add(b, "!" + m)
    add(b, "!copy", (1,))
    add(b, "[]=", ("x", 1))
    add(b, "del[]", ("x",))
    add(b, "[]=", (0, b"a"))
    add(b, "hash")

# ---- constructors and class methods ----
for args, kw in (((), {}), ((3,), {}), ((0,), {}), ((-1,), {}), (([1, 2, 255],), {}),
                 (((1, 2),), {}), ((range(5),), {}), ((It([9]),), {}),
                 ((b"xyz",), {}), ((bytearray(b"xy"),), {}), (("abc",), {}),
                 (("abc", "ascii"), {}), (("caf\xe9", "utf-8"), {}), (("\u20ac", "latin-1"), {}),
                 (("\u20ac", "latin-1", "replace"), {}), (("\u20ac", "ascii", "xmlcharrefreplace"), {}),
                 (("\u20ac", "ascii", "backslashreplace"), {}), (("a\udcffb", "utf-8", "surrogateescape"), {}),
                 (("a\udcffb", "ascii", "surrogateescape"), {}), (("a\ud800b", "utf-8", "surrogateescape"), {}),
                 (("abc", "nope"), {}), ((1.5,), {}), ((b"x", "utf-8"), {}), ((b"x", None, "strict"), {}),
                 (([256],), {}), ((["a"],), {}), (([-1],), {}), ((10 ** 20,), {}),
                 ((), {"source": "x", "encoding": "utf8"}), (("x", 5), {}), (("x", "utf-8", 5), {})):
    add(b"", "bytes", args, kw)
    add(b"", "bytearray", args, kw)
for s in ("", "ab", "ab cd", " 01\t02\n", "a", "0g", "é", "ab c", "\x0b01\x1c", "FFff", "1 2"):
    add(b"", "fromhex", (s,))
    add(bytearray(), "fromhex", (s,))
add(b"", "fromhex", (b"ab",))
add(b"", "fromhex", ())
for a, b in ((b"ab", b"cd"), (b"a", b"bc"), ("a", "b"), (bytearray(b"x"), b"y"), (b"", b"")):
    add(b"", "maketrans", (a, b))

# ---- printf-style formatting ----
FMT = [(b"%s", b"ab"), (b"%s", bytearray(b"q")), (b"%b", b"x"), (b"%s", "str"), (b"%b", 1),
       (b"%d", 42), (b"%i|%u", (1, 2)), (b"%5d|%-5d|%05d", (1, 2, 3)), (b"%+d % d", (4, 5)),
       (b"%x %X %o %#x %#o", (255, 255, 8, 255, 8)), (b"%d", 2.7), (b"%x", 1.5), (b"%d", "x"),
       (b"%d", True), (b"%d", 10 ** 30), (b"%f", 3.14159), (b"%.2f|%10.3e|%g|%G", (1.005, 12345.678, 1e-5, 1e20)),
       (b"%f", "1"), (b"%e", 10 ** 400), (b"%f", 2), (b"%c", 65), (b"%c", b"z"), (b"%c", bytearray(b"y")),
       (b"%c", 256), (b"%c", -1), (b"%c", "a"), (b"%c", b"ab"), (b"%5c|%-3c|", (65, 66)),
       (b"%r", "\xe9"), (b"%a", [1, "x"]), (b"%r", b"x"), (b"%.3s|%5s|%-5b|", (b"abcdef", b"ab", b"c")),
       (b"%*d|%-*d|%.*f", (4, 1, 4, 2, 2, 3.14159)), (b"%*d", ("a", 1)), (b"%.*d", ("a", 1)),
       (b"%(a)s %(b)d", {b"a": b"A", b"b": 2}), (b"%(a)s", {"a": b"x"}), (b"%(a)s", 1),
       (b"%s %s", 1), (b"%s", (1, 2)), (b"%s %s", (b"a",)), (b"abc", ()), (b"abc", b"x"), (b"abc", {}),
       (b"abc", 5), (b"%%|%s", (b"x",)), (b"%5%", ()), (b"%5%", (1,)), (b"%q", 1), (b"%", ()),
       (b"%(a", {}), (b"%\xff", 1), (b"%s", {b"a": 1}), (b"\xff%s\x00", b"\xfe"), (b"%10.4s|", b"abcdefg"),
       (b"%-+08.3f|", 2.5), (b"%#X", 0), (b"%ld %hd %Lf", (1, 2, 3.0))]
for f, a in FMT:
    add(f, "%", (a,))
    add(bytearray(f), "%", (a,))
add(b"x", "%", (b"",))
add(b"%s", "%", (bytearray(b"q"),))


def cstr(s):
    out = []
    for c in s.encode("utf-8", "surrogatepass"):
        ch = chr(c)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= c < 127 and ch != "?":
            out.append(ch)
        else:
            out.append("\\%03o" % c)
    return '"' + "".join(out) + '"'


def recv_tok(v):
    if isinstance(v, bytearray):
        return "a:" + v.hex()
    return ("s:" + v.encode("utf-8", "surrogatepass").hex()) if isinstance(v, str) else v.hex()


with open(OUT, "w") as f:
    f.write("/* generated by tools/gen_bytes_vectors.py from CPython; do not edit */\n")
    f.write("static const struct { const char *recv, *op, *args, *out; } bytes_vectors[] = {\n")
    for r, op, a, o in vectors:
        rr = r[2:] if r.startswith("b:") else r     # bytes: bare hex; "a:" bytearray, "s:" str
        f.write("    {%s, %s, %s, %s},\n" % (cstr(rr), cstr(op), cstr(a), cstr(o)))
    f.write("};\n")
print("expected: regenerated %s (%d vectors)" % (OUT, len(vectors)))
