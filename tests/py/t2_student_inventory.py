inventory = {}
log = [("add", "apple", 10), ("add", "pear", 4), ("remove", "apple", 3),
       ("remove", "kiwi", 1), ("add", "apple", 2), ("remove", "pear", 9), ("add", "kiwi", 0)]
for op, item, qty in log:
    try:
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        if op == "add":
            inventory[item] = inventory.get(item, 0) + qty
        elif op == "remove":
            have = inventory[item]
            if have < qty:
                raise ValueError(f"only {have} {item} left")
            inventory[item] = have - qty
        print(f"{op:>6} {item:<6} {qty:>3} -> {inventory}")
    except KeyError as e:
        print(f"{op:>6} {item:<6} unknown item {e}")
    except ValueError as e:
        print(f"{op:>6} {item:<6} error: {e}")
print(sorted(inventory.items(), key=lambda kv: kv[1], reverse=True))
print(sum(inventory.values()))
