"""Generate tests/unit/bytes_vectors.h: bytes' operators and methods (and
str.encode) as CPython 3.11 computes them.  A vector is (receiver,
operation, arguments, outcome).  The receiver is hex ("s:" prefix: a str,
as hex of its UTF-8); arguments are '|'-separated tokens: b:HEX (bytes),
s:HEX (str, UTF-8), i:N (int), f:X (float), n (None), L:t1,t2,... (a list of
tokens), with an optional "name=" prefix for a keyword argument.  The
outcome is repr(result) or "!Type: message", in UTF-8.  Operations are
method names, or "[]", "[:]" (args: start|stop|step), "+", "r+", "*",
"r*", "in", "==" "!=" "<" "<=" ">" ">=", "hash", "len", "iter", "repr",
"bytes" (bytes(*args)).  Run by `make expected`; the output is committed."""
import operator

OUT = "tests/unit/bytes_vectors.h"
vectors = []


def tok(v):
    if isinstance(v, bytes):
        return "b:" + v.hex()
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


def add(recv, op, args=(), kwargs=None):
    kwargs = kwargs or {}
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
    elif op == "len":
        f = lambda: len(recv)
    elif op == "iter":
        f = lambda: list(recv)
    elif op == "repr":
        f = lambda: recv
    elif op == "bytes":
        f = lambda: bytes(*args, **kwargs)
    else:
        f = lambda: getattr(recv, op)(*args, **kwargs)
    r = tok(recv)
    toks = [tok(x) for x in args] + ["%s=%s" % (k, tok(v)) for k, v in kwargs.items()]
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
    return ("s:" + v.encode("utf-8", "surrogatepass").hex()) if isinstance(v, str) else v.hex()


with open(OUT, "w") as f:
    f.write("/* generated by tools/gen_bytes_vectors.py from CPython; do not edit */\n")
    f.write("static const struct { const char *recv, *op, *args, *out; } bytes_vectors[] = {\n")
    for r, op, a, o in vectors:
        rr = r[2:] if r.startswith("b:") else r
        f.write("    {%s, %s, %s, %s},\n" % (cstr(rr), cstr(op), cstr(a), cstr(o)))
    f.write("};\n")
print("expected: regenerated %s (%d vectors)" % (OUT, len(vectors)))
