parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "|".join(parts), "".join(parts))
print(", ".join(map(str, [1, 2.5, None, True])))
print("\n".join(["line1", "line2"]))
s = ""
for c in "abc":
    s = c + s
print(s)
words = "The rain in Spain".split()
print(" ".join(reversed(words)), " ".join([w[::-1] for w in words]))
print("-".join("abc"), "+".join(("x",)), ",".join({"k": 1, "j": 2}))
acronym = "".join([w[0].upper() for w in "portable network graphics".split()])
print(acronym)
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print("\n".join([f"{r[0]:>5}|{r[1]:<3}|" for r in rows]))
print(str.join("/", ["usr", "local", "bin"]))
cap = " ".join([w.capitalize() for w in "hello   big world".split(" ")])
print(repr(cap))
