# strings: building strings by concatenation and join, splitting,
# formatting, slicing, searching, replace and case methods.  Prints
# lengths, counts and a polynomial hash of the results.

def strhash(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) & 0xffffffff
    return h


words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
         "theta", "iota", "kappa", "lambda", "mu"]

# Build a text of lines by concatenation and formatting.
x = 7
lines = []
for i in range(120000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
    w1 = words[x % 12]
    w2 = words[(x >> 8) % 12]
    line = w1 + " " + w2.upper() + " " + str(i) + " %d:%s" % (x % 1000, w1[::-1])
    line += " " + "{}-{}".format(w2, i % 7)
    lines.append(line)
text = "\n".join(lines)
print("text", len(text), strhash(text[:50000]))

# Split it back, count, search and rewrite.
count_upper = 0
count_find = 0
fields = 0
out = []
for line in text.split("\n"):
    parts = line.split(" ")
    fields += len(parts)
    if parts[1].isupper():
        count_upper += 1
    if line.find("eta") >= 0:
        count_find += 1
    s = line.replace("a", "4").replace("e", "3").lower()
    if s.startswith("4lph4") or s.endswith("-3"):
        out.append(s.strip().title())
    else:
        out.append(s[2:20].center(24, "."))
joined = "|".join(out)
print("split", fields, count_upper, count_find)
print("rewrite", len(joined), joined.count("4"), strhash(joined[-40000:]))

# A report grown by += (CPython resizes the string in place when it holds
# the only reference; an interpreter that copies pays O(n^2) here).
report = ""
for i in range(0, 120000, 4):
    report += out[i][:4] + ";"
print("report", len(report), strhash(report[-3000:]))

# Character-at-a-time building and comparison.
acc = ""
n = 0
for i in range(450000):
    acc += chr(97 + i % 26)
    if len(acc) > 40:
        if acc[-10:] < acc[:10]:
            n += 1
        acc = acc[20:]
print("chars", n, acc)
