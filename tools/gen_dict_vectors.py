"""Generate tests/unit/dict_vectors.h: dicts and sets built by sequences of
operations, with the repr CPython 3.11 prints for the result (and for sets
the frozenset hash and the set algebra).  Set order depends on the table's
history, so these pin the probing, dummies and resize rules down exactly.
Run with PYTHONHASHSEED=0 (tools/expected.sh does); the tests use the same
all-zero SipHash key.  The output is committed; tests never run python3.

An operation program is a string of space-separated tokens: an op
character then a value.
  ops    +v add (set) / d[v] = index of the token (dict)
         -v discard (set) / del d[v] if present (dict)
         P  pop (set; the popped element is dropped) / popitem (dict)
         C  clear
  values iN int, fX float (repr), sTEXT str (UTF-8, no spaces), T True,
         Z frozenset of the ints listed after Z, comma-separated
"""
import os
import random
import sys

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

STRS = ["a", "b", "key7", "abc", "x" * 20, "\u00e9", "caf\u00e9", "\u20ac",
        "\u20acx", "\U0001F600", "a\U0001F600", ""]
INTS = (list(range(-10, 40)) + [8 * k for k in range(2, 30)] + [32 * k for k in range(1, 20)]
        + [2**61 - 1, 2**61, 2**62, -(2**61), 2**64 + 3, 10**20, -1, -2])
FLOATS = [1.0, 2.5, -0.0, 0.5, 1e300, 3.0, 1e16]


def tok(v):
    if v is True:
        return "T"
    if isinstance(v, frozenset):
        return "Z" + ",".join(str(x) for x in sorted(v))
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f" + repr(v)
    assert " " not in v
    return "s" + v


def rand_value(rng):
    r = rng.random()
    if r < 0.55:
        return rng.choice(INTS)
    if r < 0.75:
        return rng.choice(STRS)
    if r < 0.9:
        return rng.choice(FLOATS)
    if r < 0.95:
        return True
    # built in sorted order, as the test rebuilds it: the order of
    # insertion decides where colliding elements sit
    return frozenset(sorted(rng.sample(range(10), rng.randint(0, 3))))


def run_set(prog):
    s = set()
    for t in prog:
        op, v = t
        if op == "+":
            s.add(v)
        elif op == "-":
            s.discard(v)
        elif op == "P":
            if s:
                s.pop()
        elif op == "C":
            s.clear()
    return s


def run_dict(prog):
    d = {}
    for i, (op, v) in enumerate(prog):
        if op == "+":
            d[v] = i
        elif op == "-":
            d.pop(v, None)
        elif op == "P":
            if d:
                d.popitem()
        elif op == "C":
            d.clear()
    return d


def text(prog):
    return " ".join(op + (tok(v) if op in "+-" else "") for op, v in prog)


def rand_prog(rng, n, pdel=0.3, pool=None):
    prog = []
    for _ in range(n):
        r = rng.random()
        v = rng.choice(pool) if pool else rand_value(rng)
        if r < pdel:
            prog.append(("-", v))
        elif r < pdel + 0.02:
            prog.append(("P", None))
        elif r < pdel + 0.025:
            prog.append(("C", None))
        else:
            prog.append(("+", v))
    return prog


def cstr(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def hexh(h):
    return "(int64_t)0x%016xull" % (h & (2**64 - 1))


rng = random.Random(20240611)
progs = []
# fixed shapes: growth boundaries, collisions, dummies and reuse
progs.append([("+", i) for i in range(5)])
progs.append([("+", i) for i in range(6)])
progs.append([("+", i) for i in range(20)])
progs.append([("+", 8 * i) for i in range(12)])
progs.append([("+", i) for i in range(10)] + [("-", i) for i in range(0, 10, 2)] +
             [("+", i) for i in range(20, 30)])
progs.append([("+", 1), ("+", 1.0), ("+", True), ("+", 2.0), ("+", 2)])
progs.append([("+", -1), ("+", -2), ("+", 2**61 - 1), ("+", 0), ("+", 2**61)])
progs.append([("+", s) for s in STRS])
progs.append([("+", i) for i in range(100)] + [("-", i) for i in range(95)] + [("+", 1000)])
progs.append([("+", 32 * i) for i in range(19)] + [("P", None)] * 5 + [("+", 7)])
for n in (5, 10, 30, 60, 120, 250):
    for _ in range(4):
        progs.append(rand_prog(rng, n))
for _ in range(6):
    progs.append(rand_prog(rng, 300, pdel=0.45, pool=list(range(64)) + STRS))

set_vectors = []
for prog in progs:
    s = run_set(prog)
    set_vectors.append((text(prog), repr(s), hash(frozenset(s)), repr(frozenset(s))))

dict_vectors = []
for prog in progs:
    d = run_dict(prog)
    dict_vectors.append((text(prog), repr(d)))

algebra = []
for _ in range(40):
    a = rand_prog(rng, rng.randint(0, 40), pdel=0.2)
    b = rand_prog(rng, rng.randint(0, 40), pdel=0.2)
    if rng.random() < 0.3:
        b = a + rand_prog(rng, rng.randint(0, 10), pdel=0.5)
    A, B = run_set(a), run_set(b)
    cmp = sum(1 << i for i, r in enumerate([A < B, A <= B, A == B, A != B, A > B, A >= B,
                                              A.isdisjoint(B)]) if r)
    x = set(A); x |= B
    y = set(A); y &= B
    z = set(A); z -= B
    w = set(A); w ^= B
    algebra.append((text(a), text(b), repr(A | B), repr(A & B), repr(A - B), repr(A ^ B),
                    repr(x), repr(y), repr(z), repr(w), repr(frozenset(A) | B), cmp))

out = ["/* generated by tools/gen_dict_vectors.py from CPython with PYTHONHASHSEED=0;"
       " do not edit */",
       "static const struct { const char *ops, *repr; int64_t fhash; const char *frepr; }"
       " set_vectors[] = {"]
for ops, r, h, fr in set_vectors:
    out.append("    {%s,\n     %s, %s, %s}," % (cstr(ops), cstr(r), hexh(h), cstr(fr)))
out.append("};")
out.append("static const struct { const char *ops, *repr; } dict_vectors[] = {")
for ops, r in dict_vectors:
    out.append("    {%s,\n     %s}," % (cstr(ops), cstr(r)))
out.append("};")
out.append("static const struct { const char *a, *b, *or_, *and_, *sub, *xor_, *ior, *iand,"
           " *isub, *ixor, *for_; int cmp; } algebra_vectors[] = {")
for v in algebra:
    out.append("    {" + ",\n     ".join(cstr(x) for x in v[:-1]) + ", %d}," % v[-1])
out.append("};")
path = os.path.join(os.path.dirname(__file__), "..", "tests", "unit", "dict_vectors.h")
with open(path, "w") as f:
    f.write("\n".join(out) + "\n")
print("expected: regenerated tests/unit/dict_vectors.h (%d set, %d dict, %d algebra)"
      % (len(set_vectors), len(dict_vectors), len(algebra)), file=sys.stderr)
