names = ["ann", "bob", "cy"]
ages = [31, 25]
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(names, ages, "xyz")))
for i, name in enumerate(names, 1):
    print(f"{i}. {name.title()}")
indexed = {name: i for i, name in enumerate(names)}
print(indexed)
a = [1, 2, 3, 4]
print([x + y for x, y in zip(a, a[1:])], [b - a_ for a_, b in zip(a, a[1:])])
print(list(zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
print(list(zip("ab", [])), list(enumerate([])))
rows = [["id", "val"], [1, "a"], [2, "b"]]
header, *body = rows
print([dict(zip(header, r)) for r in body])
