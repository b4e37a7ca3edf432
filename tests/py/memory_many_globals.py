# many module globals made through globals(), big dicts and lists made and dropped
g = globals()
for i in range(20000):
    g[f"var_{i}"] = i * i
print(var_0, var_19999, len([k for k in g if k.startswith("var_")]))
for i in range(0, 20000, 2):
    del g[f"var_{i}"]
try:
    print(var_0)
except NameError as e:
    print(type(e).__name__, e)
print(var_1, sum(v for k, v in g.items() if k.startswith("var_")))
big = {f"key{i}": list(range(i % 10)) for i in range(50000)}
print(len(big), big["key49999"], sum(len(v) for v in big.values()))
del big
lst = [[i] * 3 for i in range(100000)]
print(len(lst), lst[-1])
lst = None
s = "".join(chr(0x400 + i % 200) for i in range(100000))
print(len(s), s[:5], s.count(chr(0x400)), len(s.encode("utf-8")) if False else 0)
