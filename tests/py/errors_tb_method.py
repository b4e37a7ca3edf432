# a method that is missing: carets under obj.method only
items = [3, 1, 2]
items.sort()
print(items)
total = 0
items.push(4) if total == 0 else None
