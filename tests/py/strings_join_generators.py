# str.join over generators, maps and other one-shot iterables (one item, many, none)
def bracket(values):
    return "[" + ", ".join(repr(v) for v in values) + "]"
print(bracket([3]), bracket([]), bracket([1, "a", None]), bracket(range(3)))
print("".join(x for x in [chr(97)]) + "]", "-".join(str(n) for n in [7]) + "!")
print("".join(map(str, [5])), "".join(map(chr, [104, 105])), ",".join(filter(None, ["", "x", ""])))
print("".join(reversed("abc")), "".join(sorted("cab")), "/".join(iter(["only"])), "|".join(zip(*["ab"])[0] if False else "xy"))
rows = [[1, [2, [3]]], [], [[["deep"]]]]
def show(v):
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return str(v)
print([show(r) for r in rows])
pieces = (c.upper() for c in "q")
joined = "".join(pieces)
print(joined, len(joined), joined + joined, joined * 3)
print(" ".join(w for w in "one two three".split() if len(w) == 3))
print("".join(str(d) for d in range(10)), "".join(str(d) for d in range(0)) == "")
print("\n".join(f"{i}: {'*' * i}" for i in range(1, 4)))
try:
    "".join(x for x in [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(5)
except TypeError as e:
    print(type(e).__name__, e)
