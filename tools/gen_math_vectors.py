"""Generate tests/unit/math_vectors.h: calls of the math module's functions
and what CPython 3.11 answers, repr(result) or "!Type: message".

Arguments are tokens separated by spaces:
    i123  an int (decimal)         f1.5   a float (its repr)
    sabc  a str                    N      None        T / F   True / False
    L<tok>,<tok>,...  a list of scalar tokens   U<tok>,...  a tuple of them
    K<name>=<tok>     a keyword argument (after the positional ones)
Run by `make expected`; the output is committed so the tests never need
python3."""
import math
import os
import random

random.seed(1311)

floats = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.5, 3.0, 0.1, 1e-10, -1e-10,
          0.75, 1.5, 10.0, 100.5, -100.5, 700.0, 710.0, -745.0, 1e16, 1e300,
          -1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          math.pi, math.e, float("inf"), float("-inf"), float("nan")]
ints = [0, 1, -1, 2, 7, -3, 100, 2**53 + 1, 10**20, -10**20, 2**1023, 2**1024,
        10**400, -10**400]
bad = ["abc", None]
rand_floats = [random.uniform(-20, 20) for _ in range(25)] + \
    [random.uniform(0, 1) for _ in range(10)] + \
    [math.ldexp(random.random(), random.randint(-1070, 1020)) for _ in range(15)]

unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil",
         "cos", "cosh", "degrees", "erf", "erfc", "exp", "exp2", "expm1",
         "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan",
         "lgamma", "log", "log10", "log1p", "log2", "modf", "radians", "sin",
         "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
binary = ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "log"]
pair_values = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.5, 3.0, 1e300, 5e-324,
               float("inf"), float("-inf"), float("nan"), 7, -3, 10**400]


def tok(v):
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
        return "L" + ",".join(tok(x) for x in v)
    if isinstance(v, tuple):
        return "U" + ",".join(tok(x) for x in v)
    raise TypeError(v)


def outcome(func, args, kwargs):
    try:
        r = getattr(math, func)(*args, **kwargs)
        if isinstance(r, int) and r.bit_length() > 12000:
            return None
        return repr(r)
    except Exception as e:  # noqa: BLE001 - the exception is the vector
        return "!%s: %s" % (type(e).__name__, e)


vectors = []


def add(func, *args, **kwargs):
    out = outcome(func, args, kwargs)
    if out is None:
        return
    toks = [tok(a) for a in args] + ["K%s=%s" % (k, tok(v)) for k, v in kwargs.items()]
    vectors.append((func, " ".join(toks), out))


for f in unary:
    for v in floats + ints + bad + [True] + rand_floats:
        add(f, v)
    add(f)
    add(f, 1.0, 2.0)
for f in binary:
    for a in pair_values:
        for b in pair_values:
            add(f, a, b)
    add(f, 1.0)
    add(f, "x", 1.0)
    add(f, 1.0, "x")
    add(f, 1.0, 2.0, 3.0)
for _ in range(120):
    a, b = random.choice(rand_floats), random.choice(rand_floats)
    for f in binary:
        add(f, a, b)
    add("pow", abs(a), b / 3)
for v in [2, 10, 10**100, 10**300 + 1, 2**5000, 3**2000, 10**1000 - 1]:
    for f in ["log", "log2", "log10"]:
        add(f, v)
    add("log", v, 10)
    add("log", v, 2.5)
add("log", 10, 1)
add("log", 1.0, 0)
add("log", 1, x=2)

# ldexp
for x in [0.0, -0.0, 1.0, -1.5, 3e-320, 1e300, float("inf"), float("nan"), 5]:
    for e in [0, 1, -1, 1023, 1024, -1074, -1075, 2000, -2000, 10**30, -10**30, True]:
        add("ldexp", x, e)
add("ldexp", 1.0, 1.5)
add("ldexp", "a", 1)
add("ldexp", 1.0)

# integer functions
for n in [0, 1, 2, 5, 20, 21, 25, 100, 170, 171, 500, 1000, -1, True, 2**63, 10**30, -10**30]:
    add("factorial", n)
for v in [1.5, 3.0, "x", None]:
    add("factorial", v)
for n in [0, 1, 3, 15, 16, 24, 2**32, 2**64 - 1, 2**64, 10**50, 10**50 + 1, -1, True]:
    add("isqrt", n)
add("isqrt", 4.0)
add("isqrt", "4")
for args in [(), (0,), (-12,), (12, 18), (12, -18), (0, 0), (0, 5), (2**100, 2**80 * 3),
             (10**40, 10**35 * 7, 10**30 * 49), (6, 10, 15), (1, 2**200), (3, 1.5),
             (True, 4), (17, 19, 23, 29, 31, 37, 41, 43, 47, 53)]:
    add("gcd", *args)
    add("lcm", *args)
add("gcd", x=1)
add("lcm", 2, "3")
for n, k in [(0, 0), (5, 2), (5, 0), (5, 5), (5, 6), (10, 3), (52, 5), (100, 50),
             (67, 33), (68, 34), (1000, 10), (300, 150), (2**64, 3), (10**30, 10**30 - 2),
             (10**20, 2), (-1, 2), (5, -1), (-1, -1), (10**30, 10**20), (True, True),
             (5, 1.0), (5.0, 1)]:
    add("comb", n, k)
    add("perm", n, k)
for n in [0, 5, 20, -1, 2.0]:
    add("perm", n)
    add("perm", n, None)
add("perm")
add("perm", 1, 2, 3)
add("comb", 1)
add("perm", n=1)

# fsum, prod
sums = [[], [1.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
        [1e-16, 1, 1e16], [2.0**53, -0.5, -2.0**-54], [1e308, 1e308], [1e308, 1e308, -1e308],
        [float("inf"), 1.0], [float("inf"), float("-inf")], [float("nan"), 1.0],
        [float("inf"), float("inf")], [1, 2, 3], [10**400], [1.0, "x"], [True, 0.5],
        [-0.0, -0.0], [-0.0], [2**1023 * 1.0, 2**1023 * 1.0, -2**1023 * 1.0],
        [1.7976931348623157e308, 1e292]]
for _ in range(20):
    sums.append([random.uniform(-1, 1) * 10 ** random.randint(-20, 20)
                 for _ in range(random.randint(2, 60))])
for s in sums:
    add("fsum", s)
    add("fsum", tuple(s))
add("fsum", 1)
add("fsum")
add("fsum", [1.0], [2.0])
for s, start in [([], None), ([2, 3, 4], None), ([2, 3], 5), ([2.5, 4], None),
                 ([2, 2.5], 1.0), ([10**20, 10**20], None), ([1e300, 1e300], None),
                 ([2] * 100, None), (["a", 3], None), ([3, "a"], None), ([1.5, True], None),
                 ([], "s")]:
    if start is None:
        add("prod", s)
    else:
        add("prod", s, start=start)
add("prod", 1)
add("prod")
add("prod", [1], [2])
add("prod", [1], foo=2)

# hypot, dist
hyp = [(), (3.0,), (-3.0,), (3, 4), (3.0, 4.0, 12.0), (1e300, 1e300), (5e-324, 5e-324),
       (1e-310, 3e-310, 2e-311), (float("inf"), float("nan")), (float("nan"), 1.0),
       (0.0, -0.0), (1.0, 1e-20), (10**400, 1), ("a", 1)]
for _ in range(60):
    hyp.append(tuple(random.uniform(-100, 100) for _ in range(random.randint(2, 20))))
for _ in range(20):
    hyp.append(tuple(math.ldexp(random.random(), random.randint(-1074, 1023))
                     for _ in range(random.randint(2, 5))))
for h in hyp:
    add("hypot", *h)
add("hypot", x=1.0)
for _ in range(40):
    n = random.randint(1, 20)
    p = [random.uniform(-10, 10) for _ in range(n)]
    q = [random.uniform(-10, 10) for _ in range(n)]
    add("dist", p, q)
    add("dist", tuple(p), tuple(q))
add("dist", (1.0,), (1.0, 2.0))
add("dist", 1, 2)
add("dist", [1.0])
add("dist", (0.0, float("nan")), (1.0, 2.0))

# isclose
for a, b in [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (float("inf"), float("inf")),
             (float("inf"), float("-inf")), (float("nan"), float("nan")), (0.0, 1e-12),
             (1, 1), (10**400, 1.0)]:
    add("isclose", a, b)
    add("isclose", a, b, abs_tol=1e-9)
    add("isclose", a, b, rel_tol=1e-12)
add("isclose", 1.0, b=1.0)
add("isclose", a=1.0, b=1.0)
add("isclose", 1.0)
add("isclose")
add("isclose", 1.0, 1.0, 1.0)
add("isclose", 1.0, 1.0, foo=1.0)
add("isclose", 1.0, 1.0, rel_tol=-1.0)
add("isclose", 1.0, 1.0, abs_tol="x")
add("isclose", 1.0, a=1.0)
add("isclose", 1.0, 2.0, a=1.0)
add("isclose", 1.0, foo=1.0)
add("isclose", 1.0, 2.0, foo=1.0, b=2.0)

# argument errors
add("sqrt", x=1.0)
add("atan2", 1.0, 2.0, z=1.0)
add("gamma", 1.0, 2.0)

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "tests", "unit", "math_vectors.h")


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


with open(out, "w") as fh:
    fh.write("/* Generated by tools/gen_math_vectors.py from CPython %s: do not edit. */\n"
             % ".".join(map(str, __import__("sys").version_info[:3])))
    fh.write("static const struct { const char *func, *args, *out; } math_vectors[] = {\n")
    for f, a, o in vectors:
        fh.write("    {%s, %s, %s},\n" % (cstr(f), cstr(a), cstr(o)))
    fh.write("};\n")
print("expected: regenerated tests/unit/math_vectors.h (%d vectors)" % len(vectors))
