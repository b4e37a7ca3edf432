d = {}
d[1] = "int"
d[1.5] = "float"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset({1})] = "fs"
d[True] = "true overwrites 1"
d[-0.0] = "neg zero"
print(d)
print(d[1], d[1.0], d[0], d[False], d[(1, 2)], d[frozenset([1])])
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
big = {2 ** 100: "big", -(2 ** 100): "negbig"}
print(big[2 ** 100], big[-(2 ** 100)], 2.0 ** 100 in big)
print({(): "empty tuple", "": "empty str", 0: "zero"})
print(len({i % 7: i for i in range(100)}), {i % 7: i for i in range(100)})
