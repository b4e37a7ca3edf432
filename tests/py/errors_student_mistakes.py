# the errors beginners hit most, caught and printed as CPython words them
def show(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(f"{label:<28} {type(e).__name__}: {e}")

s, t, d, n = "text", (1, 2), {"a": 1}, None
def assign_str():
    s[0] = "T"
def assign_tuple():
    t[0] = 5
def del_tuple():
    del t[0]
def local_before():
    total += 1
    total = 0
def call_result_none():
    result = print("x", end="")
    result.upper()
def loop_int():
    for i in 10:
        pass
def bad_unpack():
    a, b = [1, 2, 3]
def short_unpack():
    a, b, c = (1, 2)
def nested_bad():
    return [[1, 2], [3]][1][1]
show("str item assignment", assign_str)
show("tuple item assignment", assign_tuple)
show("tuple item deletion", del_tuple)
show("None subscript", lambda: n[0])
show("None call", lambda: n())
show("None attribute", lambda: n.append(1))
show("str + int", lambda: "age: " + 5)
show("int + str", lambda: 5 + "5")
show("list + int", lambda: [1] + 1)
show("int not iterable", loop_int)
show("list index str", lambda: [1, 2]["0"])
show("str index str", lambda: "abc"["1"])
show("float index", lambda: [1, 2][1.0])
show("unhashable list key", lambda: {[1]: 2})
show("dict append", lambda: d.append(1))
show("list has no keys", lambda: [].keys())
show("str has no append", lambda: s.append("!"))
show("local before assignment", local_before)
show("division by zero", lambda: 5 / 0)
show("float division by zero", lambda: 5.0 / 0)
show("int modulo zero", lambda: 5 % 0)
show("divmod zero", lambda: divmod(5, 0))
show("int('abc')", lambda: int("abc"))
show("int('3.5')", lambda: int("3.5"))
show("float('abc')", lambda: float("abc"))
show("float('')", lambda: float(""))
show("list.remove missing", lambda: [1].remove(2))
show("str.index missing", lambda: "abc".index("z"))
show("list.index missing", lambda: [1].index(2))
show("pop empty list", lambda: [].pop())
show("pop empty dict", lambda: {}.popitem())
show("too many to unpack", bad_unpack)
show("not enough to unpack", short_unpack)
show("len of int", lambda: len(5))
show("compare str int", lambda: "a" < 1)
show("sort mixed", lambda: sorted([1, "a"]))
show("nested index", nested_bad)
show("call result None", call_result_none)
show("missing key", lambda: d["b"])
show("int not callable", lambda: (5)(2) if False else n())
show("str not callable", lambda: "abc"())
show("list not callable", lambda: [1, 2](0))
show("round of str", lambda: round("1.5"))
import math
show("math domain", lambda: math.log(-1))
show("chr out of range", lambda: chr(-5))
show("range float", lambda: range(0, 10, 0.5))
show("negative repeat ok", lambda: "ab" * -2)
show("join ints", lambda: ", ".join([1, 2, 3]))
show("format mismatch", lambda: "{} {}".format("only one"))
show("percent mismatch", lambda: "%d %d" % (1,))
show("int too big str", lambda: str(10 ** 5000))
show("recursion", lambda: (lambda f: f(f))(lambda f: f(f)))
