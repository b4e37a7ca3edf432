inventory = {"apples": 3, "pears": 0}
def restock(inv, **items):
    for k, v in items.items():
        inv[k] = inv.get(k, 0) + v
    return inv
print(restock(inventory, apples=2, kiwis=5))
print({k: v for k, v in inventory.items() if v})
inventory.update(pears=7)
print(inventory, sorted(inventory.items(), key=lambda kv: kv[1]))
merged = dict(inventory)
merged.update({"plums": 1}, apples=0)
print(merged, inventory)
defaults = {"color": "red", "size": "M", "qty": 1}
order = {"size": "L"}
final = {**defaults, **order}
print(final, defaults)
print(dict(zip(["a", "b"], [1, 2, 3])), dict(a=1, **{"b": 2}))
try:
    dict([("a", 1), ("b",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
counts = dict.fromkeys("hello", 0)
for c in "hello":
    counts[c] += 1
print(counts)
