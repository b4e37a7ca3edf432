# an inventory system with lists of dicts: restock, sell, report, search
inventory = [
    {"sku": "A100", "name": "Widget", "qty": 12, "price": 2.50, "tags": ["tools", "small"]},
    {"sku": "B200", "name": "Gadget", "qty": 0, "price": 12.99, "tags": ["electronics"]},
    {"sku": "C300", "name": "Doohickey", "qty": 5, "price": 7.25, "tags": ["tools"]},
    {"sku": "D400", "name": "Thingamabob", "qty": 40, "price": 0.99, "tags": []},
]
by_sku = {item["sku"]: item for item in inventory}

def sell(sku, n):
    item = by_sku.get(sku)
    if item is None:
        return f"unknown sku {sku}"
    if item["qty"] < n:
        return f"only {item['qty']} {item['name']} left"
    item["qty"] -= n
    return f"sold {n} {item['name']} for {n * item['price']:.2f}"

def restock(sku, n):
    by_sku[sku]["qty"] += n
    return f"restocked {sku} to {by_sku[sku]['qty']}"

for action, sku, n in [("sell", "A100", 5), ("sell", "B200", 1), ("restock", "B200", 3),
                       ("sell", "B200", 2), ("sell", "Z999", 1), ("sell", "C300", 5), ("sell", "C300", 1)]:
    print(sell(sku, n) if action == "sell" else restock(sku, n))

print(f"{'SKU':<6}{'Name':<13}{'Qty':>5}{'Price':>8}{'Value':>9}")
for item in sorted(inventory, key=lambda i: i["qty"] * i["price"], reverse=True):
    print(f"{item['sku']:<6}{item['name']:<13}{item['qty']:>5}{item['price']:>8.2f}{item['qty'] * item['price']:>9.2f}")
print("total value:", round(sum(i["qty"] * i["price"] for i in inventory), 2))
print("out of stock:", [i["name"] for i in inventory if i["qty"] == 0])
tags = {}
for i in inventory:
    for t in i["tags"] or ["untagged"]:
        tags.setdefault(t, []).append(i["sku"])
print(dict(sorted(tags.items())))
print([i["name"] for i in inventory if "tool" in " ".join(i["tags"])])
cheap = min(inventory, key=lambda i: i["price"])
print(cheap["name"], max(inventory, key=lambda i: len(i["name"]))["name"])
