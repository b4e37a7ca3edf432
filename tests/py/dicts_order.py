d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d, list(d))
d[3] = "re"
print(d)
del d[5]
d[5] = "back"
print(d)
keys = ["zeta", "alpha", "mid"]
e = {k: len(k) for k in keys}
print(e)
e.pop("alpha")
e["alpha"] = 0
print(e, list(e.items())[0])
big = {i: str(i) for i in range(50)}
for i in range(0, 50, 3):
    del big[i]
print(list(big)[:10], len(big))
for i in range(100, 110):
    big[i] = i
print(list(big)[-12:])
print({"b": 1, "a": 2} == {"a": 2, "b": 1})
print(repr({"q": "'", "d": '"', "n": "\n"}))
