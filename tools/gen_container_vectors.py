"""Generate tests/unit/container_vectors.h: the Python-visible methods of
list, tuple, dict, set and frozenset, run by CPython 3.11.  Run with
PYTHONHASHSEED=0 (tools/expected.sh does); the tests use the same all-zero
SipHash key, so set orders agree.  The output is committed; tests never
run python3.

A case is a container and a program.  The container is a kind letter
(L list, T tuple, D dict, S set, F frozenset) and a literal: for D a dict
literal, else a list literal the container is made from.  The program is
steps separated by " ; ", each step space-separated tokens:

  c.meth ARG... name=ARG...   call a method of the container
  r.meth ...                  call a method of the last result
  TYPE.meth ...               call a method of a type (list tuple dict set frozenset)
  TYPE() ARG...               call a type
  :len  :iter  :in X          len(r), list(r), X in r
  :& X  :| X  :- X  :^ X      r & X, ...
  :== X  :!= X  :< X  :<= X  :> X  :>= X

ARG is a compact literal (no spaces: ints, 'str' of letters, None, True,
False, tuples, lists, dicts, sets) or @c (the container), @r (the last
result), @neg @mod3 @boom (key functions: -x, x % 3, raise ValueError).
Each step prints repr(result) (the result of a call becomes r) or
"!Type: message";
the expected text is the steps' outputs joined by " ; ", then " | " and
repr of the container.
"""
import ast
import os
import random

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

OUT = "tests/unit/container_vectors.h"


def boom(x):
    raise ValueError("boom")


SPECIAL = {"@neg": lambda x: -x, "@mod3": lambda x: x % 3, "@boom": boom}
TYPES = {"list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset}


def compact(v):
    return repr(v).replace(", ", ",").replace(": ", ":")


def value(tok, env):
    if tok in ("@c", "@r"):
        return env[tok[1]]
    if tok in SPECIAL:
        return SPECIAL[tok]
    return ast.literal_eval(tok)


def step(text, env):
    toks = text.split(" ")
    head, rest = toks[0], toks[1:]
    if head.startswith(":"):
        r = env["r"]
        if head == ":len":
            return len(r)
        if head == ":iter":
            return list(r)
        x = value(rest[0], env)
        if head == ":in":
            return x in r
        return eval("r %s x" % head[1:], {"r": r, "x": x})
    args, kw = [], {}
    for t in rest:
        if "=" in t and t.split("=")[0].isidentifier():
            k, v = t.split("=", 1)
            kw[k] = value(v, env)
        else:
            args.append(value(t, env))
    if head.endswith("()"):
        name = head[:-2]
        f = TYPES[name] if name in TYPES else env["r"]
    else:
        obj, meth = head.split(".", 1)
        target = {"c": env.get("c"), "r": env.get("r")}.get(obj, TYPES.get(obj))
        f = getattr(target, meth)
    return f(*args, **kw)


def run(container, program):
    kind, lit = container[0], ast.literal_eval(container[1:])
    c = {"L": list, "T": tuple, "S": set, "F": frozenset, "D": dict}[kind](lit)
    env = {"c": c, "r": None}
    outs = []
    for s in program.split(" ; "):
        try:
            r = step(s, env)
            if not s.startswith(":"):
                env["r"] = r
            outs.append(repr(r))
        except Exception as e:  # noqa: BLE001 - the oracle records every error
            outs.append("!%s: %s" % (type(e).__name__, e))
    return " ; ".join(outs) + " | " + repr(c)


CASES = [
    # list
    ("L[3,1,2]", "c.append 4 ; c.count 1 ; c.index 2 ; c.copy ; r.append 9 ; c.extend (7,8) ; c.pop ; c.pop 0 ; c.insert -1 5 ; c.remove 2"),
    ("L[1,2,3,2,1]", "c.index 2 2 ; c.index 1 1 -1 ; c.index 1 -1 ; c.index 9 ; c.index ; c.index 1 2 3 4 ; c.index 1 'a' ; c.index 1 None ; c.index 2 -100 100 ; c.count"),
    ("L[5,3,8,1]", "c.sort ; c.sort reverse=True ; c.sort key=@neg ; c.sort key=@mod3 reverse=1 ; c.sort 1 ; c.sort foo=1 ; c.sort key=@boom ; c.sort key=None reverse=False"),
    ("L[1,'a',2]", "c.sort ; c.remove 'b' ; c.remove 'a' ; c.clear ; c.pop ; c.reverse ; c.extend 5 ; c.extend @c ; c.extend 'xy' ; c.extend @c"),
    ("L[]", "c.append ; c.append 1 2 ; c.clear 1 ; c.copy 1 ; c.insert 0 ; c.insert 'a' 1 ; c.pop 'a' ; c.pop 5 ; c.extend [[1],(2,)] ; c.sort"),
    ("L[[1,2],[0],[1,1]]", "c.sort ; c.index [0] ; c.count [1,1] ; c.sort reverse=True ; c.sort key=@boom ; c.sort reverse=0.5"),
    ("L[2,1]", "list() ; list() (1,2) ; list() 1 2 ; list.append @c 3 ; list.append 3 3 ; list.append ; c.sort reverse='x'"),
    # tuple
    ("T[1,2,3,2]", "c.count 2 ; c.count 9 ; c.index 2 ; c.index 2 2 ; c.index 3 0 2 ; c.index ; c.index 1 2 3 4 ; c.count ; c.index 1 'a'"),
    ("T[]", "tuple() ; tuple() [1,2] ; tuple() 'ab' ; tuple() (1,) ; tuple() 1 2 ; tuple() 5 ; tuple() {1:2,3:4} ; tuple.count (1,1) 1 ; c.index 0"),
    # dict
    ("D{'a':1,'b':2}", "c.get 'a' ; c.get 'z' ; c.get 'z' 0 ; c.get ; c.get 1 2 3 ; c.get [] ; c.setdefault 'c' 3 ; c.setdefault 'a' 9 ; c.setdefault 'd' ; c.setdefault"),
    ("D{'a':1,'b':2,'c':3}", "c.pop 'b' ; c.pop 'b' ; c.pop 'b' 7 ; c.pop ; c.popitem ; c.popitem ; c.popitem ; c.copy ; c.clear 1 ; c.pop 1 2 3"),
    ("D{1:2}", "c.update {3:4} ; c.update [(5,6),[7,8]] ; c.update x=1 y=2 ; c.update [(1,9)] z=0 ; c.update {} {} ; c.update 5 ; c.update [1] ; c.update [(1,2,3)] ; c.update ['ab'] ; c.update [(1,)]"),
    ("D{1:'a',2:'b'}", "c.keys ; :len ; :iter ; :in 1 ; :in 'a' ; c.values ; :len ; :iter ; c.items ; :len ; :iter ; :in (1,'a') ; :in (1,'b') ; :in 1 ; :in ([],1)"),
    ("D{1:1,2:2,3:3}", "c.keys ; :& {2,3,4} ; c.keys ; :| [4] ; c.keys ; :- (1,) ; c.keys ; :^ {3,4} ; c.keys ; :== {1,2,3} ; c.keys ; :< {1,2,3,4} ; c.keys ; :== [1,2,3] ; c.keys ; :>= {1}"),
    ("D{1:1,2:2}", "c.items ; :& {(1,1),(2,3)} ; c.items ; :== {(1,1),(2,2)} ; c.items ; :- [(1,1)] ; c.items ; :| {(3,3)} ; c.keys ; :& @r ; c.items ; :!= {(1,1)} ; c.keys ; :<= {1,2}"),
    ("D{}", "dict() ; dict() {1:2} ; dict() [(1,2),(3,4)] ; dict() a=1 b=2 ; dict() [(1,2)] a=3 ; dict() 1 2 ; dict() [1] ; dict() [(1,2,3)] ; dict() 5 ; dict() ['xy','ab']"),
    ("D{}", "dict.fromkeys [1,2] ; dict.fromkeys 'ab' 0 ; dict.fromkeys ; dict.fromkeys [] 1 2 ; dict.fromkeys 5 ; c.fromkeys (3,) ; dict.fromkeys {1:2} [] ; dict.keys @c ; dict.keys 5"),
    ("D{'k':[1]}", "c.keys ; c.values ; c.items ; c.keys 1 ; c.get 'k' ; r.append 2 ; c.items ; :in ('k',[1,2]) ; c.popitem ; c.popitem"),
    # set
    ("S[1,2,3]", "c.add 4 ; c.add [] ; c.discard 9 ; c.discard 1 ; c.remove 9 ; c.remove 2 ; c.copy ; c.pop ; c.clear ; c.pop"),
    ("S[1,2,3,4]", "c.union ; c.union [5] (6,) ; c.intersection ; c.intersection [2,3,9] {3,2} ; c.difference ; c.difference [1] (2,) ; c.symmetric_difference [4,5] ; c.union 5 ; c.isdisjoint [9] ; c.isdisjoint [1]"),
    ("S[1,2,3,4]", "c.issubset [1,2,3,4,5] ; c.issubset [1] ; c.issuperset (1,2) ; c.issuperset [9] ; c.update [5] [6,7] ; c.intersection_update [1,2,3,5,6] {1,2,5,6,9} ; c.difference_update [1] [2] ; c.symmetric_difference_update [6,9] ; c.update ; c.discard {5}"),
    ("S[]", "set() ; set() [3,1,2] ; set() 'abc' ; set() 1 2 ; set() 5 ; set() {1:2} ; frozenset() ; frozenset() (1,2) ; frozenset() 1 2 ; set.add @c 1"),
    ("S[1,2]", "c.remove {1} ; c.add (1,) ; c.discard [1] ; c.union @c ; c.intersection_update @c ; c.difference_update @c ; c.issubset 5 ; c.symmetric_difference ; c.add 1 2 ; c.update 5"),
    ("F[1,2,3]", "c.copy ; c.union [4] ; c.intersection [2,3] ; c.difference [1] ; c.symmetric_difference [3,4] ; c.issubset [1,2,3] ; c.issuperset [] ; c.isdisjoint (5,) ; c.add 4 ; c.update [1]"),
    ("F[]", "c.union ; c.union [1] [2] ; c.intersection ; c.difference ; frozenset.union @c [1] ; frozenset() [] ; c.copy ; c.pop ; frozenset.copy 5 ; c.clear"),
]


def random_list_cases(rng, n):
    ops = ["c.append {v}", "c.pop", "c.pop {i}", "c.insert {i} {v}", "c.remove {v}",
           "c.index {v}", "c.index {v} {i}", "c.index {v} {i} {j}", "c.count {v}",
           "c.extend [{v},{v}]", "c.reverse", "c.sort", "c.sort reverse=True",
           "c.sort key=@neg", "c.sort key=@mod3", "c.copy", "c.clear"]
    out = []
    for _ in range(n):
        init = [rng.randint(-3, 5) for _ in range(rng.randint(0, 6))]
        steps = []
        for _ in range(rng.randint(4, 12)):
            op = rng.choice(ops[:-1] if rng.random() < 0.95 else ops)
            steps.append(op.format(v=rng.randint(-3, 5), i=rng.randint(-7, 7),
                                   j=rng.randint(-7, 7)))
        out.append(("L" + compact(init), " ; ".join(steps)))
    return out


def random_set_cases(rng, n):
    ops = ["c.add {v}", "c.discard {v}", "c.remove {v}", "c.pop", "c.update {s}",
           "c.union {s} {s}", "c.intersection {s}", "c.intersection_update {s} {s}",
           "c.difference {s}", "c.difference_update {s}", "c.symmetric_difference {s}",
           "c.symmetric_difference_update {s}", "c.issubset {s}", "c.issuperset {s}",
           "c.isdisjoint {s}", "c.copy"]
    out = []
    for _ in range(n):
        init = [rng.randint(0, 40) for _ in range(rng.randint(0, 10))]
        steps = []
        for _ in range(rng.randint(4, 10)):
            s = [rng.choice([rng.randint(0, 40), 8 * rng.randint(0, 9)])
                 for _ in range(rng.randint(0, 6))]
            steps.append(rng.choice(ops).format(v=rng.randint(0, 40), s=compact(s)))
        out.append(("S" + compact(init), " ; ".join(steps)))
    return out


def random_dict_cases(rng, n):
    keys = ["'a'", "'b'", "'c'", "1", "2", "(1,2)"]
    ops = ["c.get {k}", "c.get {k} 0", "c.pop {k}", "c.pop {k} None", "c.popitem",
           "c.setdefault {k} {v}", "c.update [({k},{v})]", "c.update {k2}={v}",
           "c.keys", "c.values", "c.items", "c.copy"]
    out = []
    for _ in range(n):
        init = {ast.literal_eval(rng.choice(keys)): rng.randint(0, 9) for _ in range(rng.randint(0, 4))}
        steps = []
        for _ in range(rng.randint(4, 10)):
            steps.append(rng.choice(ops).format(k=rng.choice(keys), v=rng.randint(0, 9),
                                                k2=rng.choice("xyz")))
        out.append(("D" + compact(init), " ; ".join(steps)))
    return out


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    rng = random.Random(20240611)
    cases = CASES + random_list_cases(rng, 60) + random_set_cases(rng, 60) + random_dict_cases(rng, 40)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("/* Generated by tools/gen_container_vectors.py from CPython 3.11 "
                "(PYTHONHASHSEED=0). Do not edit. */\n")
        f.write("static const struct { const char *container, *program, *expect; } "
                "container_vectors[] = {\n")
        for cont, prog in cases:
            f.write("    {%s,\n     %s,\n     %s},\n" % (c_string(cont), c_string(prog),
                                                      c_string(run(cont, prog))))
        f.write("};\n")
    print("expected: regenerated %s (%d cases)" % (OUT, len(cases)))


main()
