"""Generate tests/unit/str_vectors.h: str's methods and operators as
CPython 3.11 computes them.  A vector is (receiver, operation, positional
arguments, keyword arguments, outcome): receiver and arguments are Python
literals written with ascii() (so the header is ASCII; test_strmethods.c
parses them), the outcome is repr(result) or "!Type: message".  Operations
are method names, or "[]" (subscript), "*" (s * n), "r*" (n * s), "%",
"in" (args[0] in s), "format" (format(s, args[0])), "str" (str(*args)).
Run by `make expected`; the output is committed."""
import sys

S1 = ["", "a", "hello", "Hello World", "  a b  c  ", "hello_world1", "ABC def",
      "-42", "+0012", "  +3.5  ", "a\tb\tc", "a\tbb\r\ncc\td\n\nx", "1,2,,3,",
      "aaa", "ab" * 5, "x.y.z", "\t\n \x0b\x0c\x1c", "caf\xe9 \xdf\xe0", "\xbd\xb2",
      "Mississippi", "isTITLE Case", "The Quick Brown", "'quote\"", "a\x00b", "__init__",
      "9abc", "aBc1", "%s"]
S2 = ["\u01c5ungla \u01c4", "\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2", "\u65e5\u672c\u8a9e \u30c6\u30ad\u30b9\u30c8",
      "\u0130stanbul", "\u0663\u0664\u2155", "a\u2028b\u2029c\x85d", "\uff21\uff22\uff43",
      "\u1f88\u1fb3 \ufb01", "x\u0300y", "\u2003wide\u3000space\u2003", "\u0394\u03b5\u03bb\u03c4\u03b1"]
S4 = ["\U0001F600x\U0001F600", "\U00010400\U00010428 \U0001D7CE", "a\U0001F600b\U0001F600c",
      "\U0001D400BC", "\udc80lone\U0001F600"]
STRS = S1 + S2 + S4

NOARGS = ["capitalize", "casefold", "lower", "upper", "swapcase", "title",
          "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
          "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper",
          "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs"]

vectors = []


def outcome(f):
    try:
        return repr(f())
    except Exception as e:  # noqa: BLE001 - the exception is the vector
        return "!%s: %s" % (type(e).__name__, e)


def add(recv, op, args=(), kwargs=None):
    kwargs = kwargs or {}
    if op == "[]":
        f = lambda: recv[args[0]]
    elif op == "*":
        f = lambda: recv * args[0]
    elif op == "r*":
        f = lambda: args[0] * recv
    elif op == "%":
        f = lambda: recv % args[0]
    elif op == "in":
        f = lambda: args[0] in recv
    elif op == "format":
        f = lambda: format(recv, *args)
    elif op == "str":
        f = lambda: str(*args, **kwargs)
    else:
        f = lambda: getattr(recv, op)(*args, **kwargs)
    vectors.append((ascii(recv), op, ascii(tuple(args)), ascii(kwargs) if kwargs else "",
                    outcome(f)))


for s in STRS:
    for m in NOARGS:
        add(s, m)
    add(s, "isalpha", (1,))
    for w in (0, 3, 12):
        for m in ("center", "ljust", "rjust"):
            add(s, m, (w,))
            add(s, m, (w, "\u2606" if w == 12 else "*"))
        add(s, "zfill", (w,))
    for sub in ("", "a", "l", "ss", "\u03a3", "\U0001F600", "b\U0001F600"):
        for m in ("find", "rfind", "index", "rindex", "count"):
            add(s, m, (sub,))
        add(s, "find", (sub, 1))
        add(s, "rfind", (sub, -3, None))
        add(s, "count", (sub, 1, -1))
        add(s, "index", (sub, None, 4))
        for m in ("startswith", "endswith"):
            add(s, m, (sub,))
            add(s, m, (sub, 1, 5))
        add(s, "partition", (sub,))
        add(s, "rpartition", (sub,))
        add(s, "removeprefix", (sub,))
        add(s, "removesuffix", (sub,))
        add(s, "split", (sub or None,))
        add(s, "rsplit", (sub or None, 1))
        add(s, "in", (sub,))
        add(s, "replace", (sub, "<>"))
        add(s, "replace", (sub, "\u20ac", 2))
        add(s, "strip", (sub,))
        add(s, "rstrip", (sub + "x",))
        add(s, "lstrip", (sub + " ",))
    add(s, "startswith", (("x", "he", "\u01c5"),))
    add(s, "endswith", (("x", "c", "\U0001F600"), -4))
    add(s, "split", (), {"maxsplit": 1})
    add(s, "rsplit", (None, 2))
    add(s, "split", (" ", 0))
    add(s, "splitlines", (True,))
    add(s, "splitlines", (), {"keepends": 1})
    add(s, "expandtabs", (4,))
    add(s, "expandtabs", (0,))
    add(s, "expandtabs", (), {"tabsize": 3})
    for i in (0, 1, -1, 5, -100, 100):
        add(s, "[]", (i,))
    for sl in (slice(None), slice(1, None), slice(None, None, -1), slice(1, -1, 2),
               slice(-3, None, -2), slice(10, 2, -3), slice(None, None, 1)):
        add(s, "[]", (sl,))
    for n in (0, 1, 3, -2):
        add(s, "*", (n,))
    add(s, "r*", (2,))
    add(s, "join", (["x", "y", "z"],))
    add(s, "join", (("",),))
    add(s, "join", ([],))
    add(s, "translate", ({97: "A", 98: None, 32: 95, 0x3a3: "\U0001F600"},))
    add(s, "translate", ({},))
    add(s, "format", ("",))
    add(s, "format", ("^9",))
    add(s, "format", ("*<7.3",))
    add(s, "str", (s,))

# argument and type errors
E = "abc"
for m, a, kw in [
        ("center", (), None), ("center", (1, 2, 3), None), ("center", (5, "ab"), None),
        ("center", (5, 1), None), ("center", (5.0,), None), ("center", (), {"width": 2}),
        ("count", (), None), ("count", (1, 2, 3, 4), None), ("count", (1,), None),
        ("count", ("a", "x"), None), ("count", ("a", 1.0), None), ("find", ("a", True, 2**80), None),
        ("find", ("a", -2**80), None),
        ("startswith", (1,), None), ("startswith", ((1,),), None), ("endswith", (), None),
        ("endswith", (("a", 2),), None), ("startswith", ((),), None),
        ("expandtabs", ("a",), None), ("expandtabs", (1, 2), None),
        ("join", (1,), None), ("join", ([1],), None), ("join", (), None), ("join", (["a", 2.5],), None),
        ("strip", (1,), None), ("lstrip", (1, 2), None), ("rstrip", (None,), None),
        ("partition", (1,), None), ("partition", ("",), None), ("rpartition", ("",), None),
        ("removeprefix", (1,), None), ("removesuffix", (), None),
        ("replace", ("a",), None), ("replace", (1, "a"), None), ("replace", ("a", 1), None),
        ("replace", ("a", "b", "c"), None), ("replace", ("", "-"), None), ("replace", ("", "-", 2), None),
        ("replace", ("b", "-", 0), None), ("replace", ("a", "b"), {"count": 1}),
        ("split", (1,), None), ("split", ("",), None), ("split", ("a", 1, 2), None),
        ("split", ("a", "b"), None), ("rsplit", (1,), None), ("split", (), {"sep": "b"}),
        ("split", (), {"x": 1}), ("split", ("a",), {"sep": "b"}), ("split", (), {"maxsplit": 2**70}),
        ("rsplit", (), {"sep": "b", "maxsplit": 0}),
        ("splitlines", ("a",), None), ("splitlines", (1, 2), None), ("splitlines", (1.5,), None),
        ("splitlines", (), {"keepend": 1}),
        ("translate", (1,), None), ("translate", (), None), ("translate", ({97: 1.5},), None),
        ("translate", ({97: -1},), None), ("translate", ({97: 0x110000},), None),
        ("translate", ({"a": "b"},), None),
        ("zfill", ("a",), None), ("zfill", (), None), ("center", (2**70,), None),
        ("index", ("z",), None), ("rindex", ("z",), None), ("format_map", (1,), None),
        ("format_map", (), None), ("isalpha", (1,), None), ("upper", (), {"a": 1}),
        ("expandtabs", (), {"tabsize": 2, "x": 1}), ("expandtabs", (-1,), None),
        ("ljust", (4, ""), None), ("rjust", (-4,), None),
        ]:
    add(E, m, a, kw)
for i in ("a", 1.5, None, 2**70):
    add(E, "[]", (i,))
for n in (1.5, "a", 2**70, True, None):
    add(E, "*", (n,))
    add(E, "r*", (n,))
add("", "*", (2**70,))
add(E, "in", (1,))
add(E, "[]", (slice(None, None, 0),))
add(E, "[]", (slice("a", None),))

# % formatting
for fmt, arg in [
        ("%s", 1), ("%s", (1,)), ("%s %s", (1, "a")), ("%r", "\u03a3'"), ("%a", "\u03a3'"),
        ("%d", 3.7), ("%d", "x"), ("%x", 3.5), ("%x", 255), ("%#X", 255), ("%o", -8),
        ("%5.2f|%-8.3e|%g", (3.14159, 2.5e-5, 1e20)), ("%c%c", (65, "\u03a3")),
        ("%c", 0x110000), ("%c", "ab"), ("%c", 1.5), ("%(a)s-%(b)05d", {"a": "x", "b": 42}),
        ("%(a)s", (1,)), ("%s %s", (1,)), ("%s", (1, 2)), ("100%%", ()), ("%*d|%-*d|%.*f", (5, 1, 4, 2, 3, 1.23456)),
        ("%q", 1), ("%", 1), ("%(a", {"a": 1}), ("%i|%u|%+d|% d", (1, 2, 3, 4)),
        ("%s", [1, 2]), ("abc", 1), ("abc", ()), ("abc", {}), ("%s", {}), ("%d%%", 50),
        ("%05s|%-5s|%.2s", ("ab", "cd", "xyz")), ("%f", 1e300), ("%.0f %.1e", (0.5, 12345.0)),
        ("%d", True), ("%s", None), ("%r", 1.0), ("\u03a3%s\U0001F600", "\u00e9"),
        ("%.3s", "\U0001F600abc"), ("%10.4f", -1.5), ("%e", float("inf")), ("%d", 2**70),
        ("%x", -2**65), ("%c", -1), ("%s", ((1, 2),)), ("%(x)s %(x)r", {"x": "q"}),
        ("%*s", ("a", 1)), ("%.*s", (1.5, "a")), ("%s%s%s", "abc"),
        ]:
    add(fmt, "%", (arg,))

# str.format and format_map
for fmt, a, kw in [
        ("{}", (1,), None), ("{} {}", ("a", 2.5), None), ("{1}{0}", ("a", "b"), None),
        ("{x}-{y!r}", (), {"x": 1, "y": "q"}), ("{0[1]}", ([5, 6],), None), ("{0[a]}", ({"a": 7},), None),
        ("{0!r:>10}", ("ab",), None), ("{:{}}", ("x", 5), None), ("{:{w}.{p}f}", (3.14159,), {"w": 10, "p": 2}),
        ("{0:^{1}}|{0!a}", ("\u03a3", 7), None), ("{{}} {{{0}}}", (9,), None), ("{", (), None), ("}", (), None),
        ("{0", (1,), None), ("{0!x}", (1,), None), ("{!}", (1,), None), ("{}{1}", (1, 2), None),
        ("{1}{}", (1, 2), None), ("{2}", (1,), None), ("{x}", (), None), ("{0.foo}", (1,), None),
        ("{0[5]}", ([1],), None), ("{0:d}", ("a",), None), ("{0:s}", (1,), None), ("{:x}", (255,), None),
        ("{:,}", (1234567,), None), ("{:_b}", (255,), None), ("{:.3%}", (0.25,), None),
        ("{:e}", (12345.678,), None), ("{:+08.2f}", (-3.5,), None), ("{:c}", (0x3a3,), None),
        ("{!s:*^9}", ("\U0001F600",), None), ("{0}{0}", ("ab",), None), ("{a[0]}{a[1][0]}", (), {"a": ["x", "yz"]}),
        ("{:{}{}}", ("x", ">", 5), None), ("{:{:{}}}", (1, 2, 3), None), ("{0[}", ([1],), None),
        ("{0]}", (1,), None), ("{0!r!s}", (1,), None), ("{0:}", (True,), None), ("{:d}", (True,), None),
        ("{:g}", (1e-5,), None), ("{:n}", (1234,), None), ("{:=+6}", (42,), None), ("{:#o}", (8,), None),
        ("{0[0]}", ("xyz",), None), ("{0.}", (1,), None), ("{0[]}", ([1],), None), ("{ }", (), {" ": 1}),
        ("{0[-1]}", ({"-1": "m"},), None), ("{:s}", (None,), None), ("{}", (None,), None),
        ("{:>5}", (None,), None), ("{}", ([1, "a"],), None), ("{:5}", (1.5,), None),
        ("{:,.2f}", (1234567.891,), None), ("{:z.1f}", (-0.01,), None), ("{:=^10}", ("mid",), None),
        ]:
    add(fmt, "format", a, kw) if False else vectors.append(
        (ascii(fmt), "meth_format", ascii(tuple(a)), ascii(kw) if kw else "",
         outcome(lambda: fmt.format(*a, **(kw or {})))))
for fmt, m in [("{a}{b}", {"a": 1, "b": "x"}), ("{a}", {}), ("{0}", {"0": 1}), ("{}", {"a": 1}),
               ("{a[1]}", {"a": "xy"})]:
    add(fmt, "format_map", (m,))

# format(value, spec) for int, float, str
for v in (0, 42, -7, 2**70, True, 1.5, -0.0, 1e100, float("nan"), float("inf"), "s\u03a3"):
    for spec in ("", "d", "x", ">8", "<+8", "^10.3", ".2f", "e", "g", "%", "_", ",", "#b", "c", "s", "10", "0=8", "n"):
        add(v, "format", (spec,))
add(1, "format", (1,))
add(1, "format", ())

# str() constructor
for a in [(), (1,), (1.5,), ([1, "a"],), ("x",), (None,), (True,), (1, 2, 3, 4), ((1,),)]:
    add("", "str", a)
add("", "str", (), {"object": 5})
add("", "str", ("x", "utf-8"))

# edge cases: overflow, odd conversions, keyword-count messages
add("abc", "split", (), {"sep": "a", "maxsplit": 1, "x": 2})
add("", "str", (1, 2, 3, 4))
add("", "str", (), {"object": 1, "x": 2, "y": 3, "z": 4})
add("", "str", (1,), {"errors": "strict"})
add("", "str", (), {"encoding": "utf-8"})
add("a", "splitlines", (2**70,))
add("a", "expandtabs", (2**70,))
add("a", "center", (-2**70,))
add("abc", "[]", (True,))
add("a", "zfill", (True,))
add("ab", "*", (2**62,))
for fmt, arg in [("%c", 2**70), ("%*d", (2**70, 1)), ("%.*d", (2**40, 1)), ("%\u03a3", 1),
                 ("\u03a3%\u03c3", 1), ("%f", "a"), ("%d", float("nan")), ("%d", float("inf")),
                 ("%c", True), ("x%(a)s", [1]), ("%s", {"a": 1}), ("%(a)s %s", {"a": 1}),
                 ("%-5c|%3c", ("x", 0x1F600)), ("%5%", ()), ("%5%", (1,)),
                 ("%q", ()), ("%(a)q", {"a": 1}), ("%(a)s %(b)s", {"a": 1}), ("%(a)*d", {"a": 1}),
                 ("%(a)s|%(a)5.1f", {"a": 2.25}), ("%%%s%%", 1), ("%s", "\udc80")]:
    add(fmt, "%", (arg,))
for fmt, a in [("{0[0]}", ({0: "x"},)), ("{0[a]}", (["x"],)), ("{0!\u03a3}", (1,)),
               ("{0!\x01}", (1,)), ("{:{:{:{}}}}", (1, 2, 3, 4)), ("{0:{1}}", (1, "{")),
               ("{!r:}", ("\udc80",)), ("{0[\u0661]}", (["a", "b"],))]:
    vectors.append((ascii(fmt), "meth_format", ascii(tuple(a)), "",
                    outcome(lambda: fmt.format(*a))))
add("{}", "format_map", ([],))
add("a\udc80b", "split", ("\udc80",))
for t in ({97: 2**70}, [], "bcd", "xyzw" * 30):
    add("abc", "translate", (t,))


def c_string(s):
    out = []
    for b in s.encode("utf-8", "surrogatepass"):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 32 <= b < 127 and c != "?":
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


path = sys.argv[1] if len(sys.argv) > 1 else "tests/unit/str_vectors.h"
with open(path, "w") as f:
    f.write("/* generated by tools/gen_str_vectors.py from CPython; do not edit */\n")
    f.write("static const struct { const char *recv, *op, *args, *kwargs, *out; } str_vectors[] = {\n")
    for v in vectors:
        f.write("    {%s},\n" % ", ".join(c_string(x) for x in v))
    f.write("};\n")
print("expected: regenerated %s (%d vectors)" % (path, len(vectors)))
