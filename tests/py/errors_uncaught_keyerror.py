d = {"a": 1}
print("lookup a", d["a"])
def get(k):
    return d[k]
print(get("b"))
print("unreachable")
