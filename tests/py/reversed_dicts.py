d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
