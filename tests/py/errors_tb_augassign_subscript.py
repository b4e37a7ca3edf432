# augmented assignment: the load of the target is marked
x = {}
x["a"] += 1
