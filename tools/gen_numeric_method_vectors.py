"""Generate tests/unit/numeric_method_vectors.h: the constructors int(),
float(), bool(), the methods of int and float, round() and math.floor/ceil
of floats, as CPython 3.11 computes them.  A vector is a function, up to
three arguments and the repr of the result, or "!Type: message" for an
exception.  Arguments are literals: i<decimal> f<repr> s<text> N (None)
T F (True False) L (an empty list); k<name>=<literal> is a keyword
argument (texts hold no NUL: the vectors are C strings).  Functions: int float bool (call the type), round, floor, ceil
(math's, of a float), @name (an attribute of the first argument), .name (a method of the first argument, bound),
int.name / float.name (the method descriptor called with self first).
Run by `make expected`; the output is committed so the tests never need
python3."""
import math
import random

ints = [0, 1, -1, 2, -3, 5, 7, 10, 15, 25, -25, 255, 256, 257, -5, -6, 12345, -98765,
        2**31, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 2**64 - 1,
        10**20, -10**20, 3**100, -7**60, 2**200 + 12345, -(2**300) + 1]
floats = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.5, 1.0, 3.75, -7.0, 0.1, 1e16, 1e22,
          1e23, 1e300, -1e300, 1.7976931348623157e308, -1e-300, 5e-324, -5e-324,
          2.2250738585072014e-308, 2.225073858507201e-308, 1e-320, 4503599627370495.5,
          9007199254740993.0, 123456.789, -0.49999999999999994, 2.675, 1.005, 0.125,
          0.375, float("inf"), float("-inf"), float("nan")]
ndigits = [None, 0, 1, 2, 3, -1, -2, -3, 5, 10, 15, 16, 17, 20, 100, 300, 307, 308, 309,
           322, 323, 324, -10, -20, -100, -300, -307, -308, -309, -310, 10**30, -10**30,
           True, False]


def lit(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f" + repr(v)
    if isinstance(v, str):
        return "s" + v
    if isinstance(v, list):
        return "L"
    raise ValueError(v)


class Kw:
    def __init__(self, name, value):
        self.name, self.value = name, value


def callee(fn, args):
    if fn in ("int", "float", "bool", "round"):
        return {"int": int, "float": float, "bool": bool, "round": round}[fn]
    if fn == "floor":
        return math.floor
    if fn == "ceil":
        return math.ceil
    if fn.startswith("."):
        return getattr(args[0], fn[1:])
    if fn.startswith("@"):
        return lambda *a: getattr(a[0], fn[1:])
    tname, name = fn.split(".")
    return getattr({"int": int, "float": float}[tname], name)


def outcome(fn, args):
    pos = [a for a in args if not isinstance(a, Kw)]
    kw = {a.name: a.value for a in args if isinstance(a, Kw)}
    try:
        f = callee(fn, pos)
        if fn.startswith("."):
            pos = pos[1:]
        r = f(*pos, **kw)
        return repr(r)
    except Exception as e:  # noqa: BLE001 - the exception is the vector
        return "!%s: %s" % (type(e).__name__, e)


vectors = []


def add(fn, *args):
    out = outcome(fn, args)
    enc = [("k%s=%s" % (a.name, lit(a.value))) if isinstance(a, Kw) else lit(a) for a in args]
    enc += [""] * (3 - len(enc))
    vectors.append((fn, enc[0], enc[1], enc[2], out))


# ---- int() ----
add("int")
for v in ints + [True, False] + floats + [1e100, -1e19, 9.3e18, -9.3e18, 0.9999999999999999]:
    add("int", v)
int_texts = ["0", "-12", " 42 ", "1_000", "0x_1f", "0b101", "0o17", "ff", "Zz", "010", "00",
             "0_0", "1__0", "_1", "1_", "", "  ", "12a", "9" * 40, "-" + "7" * 30, "0x",
             "+0b1", "\t+17\n", "- 1", "1.5", "1e3", "0X1F", "0B11", "0O7", "x" * 300,
             "\u0661\u0662\u0663", "\u00a0\u0664\u2003", "\u0661x", "12\u00e9", "\u20ac",
             "\u3000-5\u3000"]
for t in int_texts:
    add("int", t)
for t in ["ff", "0x10", "10", "z", "Zz", "0b101", "0o17", "7", "_f", "1_0", "0", "010",
          "\u0661\u0660", "-0x_ff"]:
    for b in [0, 2, 8, 10, 16, 36]:
        add("int", t, b)
add("int", "ff", Kw("base", 16))
add("int", "0x1f", Kw("base", 0))
add("int", "z", Kw("base", 37))
add("int", Kw("base", 10))
add("int", Kw("x", 1))
add("int", "1", Kw("bas", 2))
add("int", "ff", 16, Kw("base", 16))
add("int", 1, 2, 3)
for bad in [[], None, 1j if False else "1.5"]:
    add("int", bad)
add("int", 1.5, 10)
add("int", 1, 0)
add("int", True, 2)
add("int", [], 10)
add("int", "1", 1.5)
add("int", "1", "2")
add("int", "1", None)
add("int", "1", True)
add("int", "1", -1)
add("int", "1", 1)
add("int", "1", 37)
add("int", "1", 10**30)
add("int", "1", -10**30)
add("int", "1" * 4301)

# ---- float() ----
add("float")
for v in ints + [True, False, 2**1023 * 2 - 1, 2**1024, -(2**1024), 10**400,
                 2**53 + 1, 2**54 + 3, 2**1024 - 2**970, 2**1024 - 2**970 - 1] + floats:
    add("float", v)
for t in ["1.5", " -2e3 ", "1_0.5", "inf", "-Infinity", "nan", "-nan", "1e400", "0x1p3",
          "abc", "", "1__0", ".5", "5.", "1e-400", "+0.0", "infinit", "nan(1)", "1_e5",
          "1e_5", "1.5\n", "\u0661.\u0665", "\u00a01.5\u2003", "\u0661x", "abc" * 100,
          "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
          "1.7976931348623158e308", "1.7976931348623159e308"]:
    add("float", t)
add("float", [])
add("float", None)
add("float", Kw("x", 1))
add("float", 1, 2)

# ---- bool() ----
add("bool")
for v in [0, 1, -1, 2**70, 0.0, -0.0, float("nan"), 5e-324, "", "a", "0", [], None, True,
          False]:
    add("bool", v)
add("bool", Kw("x", 1))
add("bool", 1, 2)

# ---- int methods ----
for v in ints + [True, False]:
    for m in ["bit_length", "bit_count", "conjugate", "as_integer_ratio", "__trunc__",
              "__floor__", "__ceil__", "__round__", "__getnewargs__"]:
        add("." + m, v)
    for nd in [None, 0, 2, -1, -2, -3, -20, -21, -60, -91, -1000, 10**30, True]:
        add(".__round__", v, nd)
        add("round", v, nd)
    add("round", v)
add(".bit_length", 5, 1)
add(".__round__", 5, 1, 2)
add(".__round__", 5, 1.0)
add(".__round__", 5, "1")
add("round", 5, 1.0)
add("round", 5, [])
add("int.bit_length", 255)
add("int.bit_length", True)
add("int.bit_length", 1.5)
add("int.as_integer_ratio", -7)
add("int.__round__", 1234, -2)
add("float.hex", 1)
add("float.hex", 1.0)
add("float.is_integer", 2.0)

for v in [0, -7, 2**70, -2**64, True, False, 0.0, -0.0, -2.5, 1e300, float("nan"),
          float("-inf")]:
    for a in ["real", "imag", "numerator", "denominator"]:
        add("@" + a, v)

# ---- float methods, floor, ceil ----
rnd = random.Random(311)
extra = []
for _ in range(60):
    extra.append(rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-320, 308))
for _ in range(40):
    extra.append(round(rnd.uniform(-1000, 1000), rnd.randint(0, 4)) + 0.5 * rnd.choice([0, 1]) * 10 ** -rnd.randint(0, 3))
for v in floats + extra:
    for m in ["is_integer", "as_integer_ratio", "hex", "conjugate", "__trunc__", "__floor__",
              "__ceil__", "__round__", "__getnewargs__"]:
        add("." + m, v)
    add("floor", v)
    add("ceil", v)
    add("round", v)
for v in floats:
    for nd in ndigits:
        add("round", v, nd)
for v in extra:
    for nd in [0, 1, 2, 3, 7, 12, 17, -1, -3, -10, rnd.randint(-320, 330)]:
        add("round", v, nd)
for v, nd in [(2.675, 2), (0.285, 2), (1.0049999999999999, 3), (5e-324, 323), (5e-324, 324),
              (1.5e-323, 323), (2.5e-324, 323), (1e-320, 320), (7.5e-321, 320),
              (1.5e308, -308), (1.7976931348623157e308, -308), (9.5e307, -308),
              (4.5e307, -308), (5e307, -308), (5.5e307, -308), (123.456, -2), (150.0, -2),
              (250.0, -2), (-250.0, -2), (0.5, 0), (-0.5, 0), (-0.4, 0), (-1.5, 0),
              (1e15 + 0.5, 0), (2**52 + 0.5, 0), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1)]:
    add("round", v, nd)
    add(".__round__", v, nd)
add(".__round__", 1.5, 1, 2)
add(".__round__", 1.5, 1.0)
add("round", 1.5, 1.0)
add("round", 1.5, "a")
add("round", "a")
add("round", None)
add("round", [], 1)
add(".hex", 1.5, 1)
add(".is_integer", 1.5, Kw("x", 1))
add("float.hex", 0.1)
add("float.as_integer_ratio", 0.75)

# ---- float.hex and float.fromhex ----
hexes = []
for v in floats + extra + [2.0 ** -1074, 2.0 ** -1022, 2.0 ** -1022 - 2.0 ** -1074, 1 / 3, 2 / 3,
                           -1e-310, 4.9406564584124654e-324, 2.0 ** 1023]:
    add(".hex", v)
    hexes.append(v.hex())
for _ in range(200):        # random bit patterns, every exponent range
    v = rnd.uniform(1, 2) * 2.0 ** rnd.randint(-1080, 1023) * rnd.choice([1, -1])
    add(".hex", v)
    hexes.append(v.hex())
for t in hexes:
    add("float.fromhex", t)
    add("float.fromhex", t.upper())
    add("float.fromhex", "  " + t.replace("0x", "").replace("p+0", "") + "\n")
# rounding: mantissas longer than 53 bits, ties, subnormals, overflow
for m in ["1.fffffffffffff8", "1.fffffffffffff7ff", "1.0000000000000800", "1.0000000000000801",
          "1.0000000000001800", "1.00000000000018", "1.00000000000017ffffffff", "3",
          "1.8", "1.0000000000000000000000000001", "0.0000000000000000000000001",
          "ffffffffffffffffffffffffffff", "123456789abcdef0123456789abcdef", "0.8", "1", "2",
          "0", "0.", ".0", "00000000000000000000001.1", "1.fffffffffffffffffffffffff"]:
    for e in [0, 1, -1, 1023, 1024, 1020, -1022, -1023, -1074, -1075, -1076, -1080, -1100,
              52, -52, 960, 1000, -1130, 99999999999999999999, -99999999999999999999]:
        add("float.fromhex", "0x%sp%d" % (m, e))
for t in ["inf", "-Infinity", "+iNf", "nan", "-NaN", " nan ", "infinit", "infinityx", "0x",
          "0x.", ".", "0x1.", "0x.1", "x1", "1p", "1p+", "1p-", "1p1.5", "0x1p1 x", "--1",
          "+-1", "-0x1p1", "+0x1p-1", "", " ", "0x1 p1", "0x1p 1", "0x_1", "1_0", "\t0x1\x0c",
          "0xg", "1e5", "\u00e9", "0x1\u3000", "-0", "-0x0p0", "0x1p-00000000000000001"]:
    add("float.fromhex", t)
add("float.fromhex", 1)
add("float.fromhex", None)
add("float.fromhex")
add("float.fromhex", "1", "2")
add(".fromhex", 1.5, "0x1p3")


def c(s):
    out = []
    for b in s.encode("utf-8", "surrogatepass"):
        ch = chr(b)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= b < 127 and ch != "?":      # '?' too: no trigraphs
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


with open("tests/unit/numeric_method_vectors.h", "w") as f:
    f.write("/* generated by tools/gen_numeric_method_vectors.py from CPython; do not edit */\n")
    f.write("static const struct {\n    const char *fn, *a, *b, *c, *out;\n"
            "} numeric_method_vectors[] = {\n")
    for v in vectors:
        f.write("    {%s},\n" % ", ".join(c(x) for x in v))
    f.write("};\n")
print("numeric method vectors:", len(vectors))
