a = [1, 2, 3]
print(2 in a, 4 in a, [2] in a, [2] in [[2]], "a" in ["abc"], "a" in "abc")
print(a == [1, 2, 3], a == (1, 2, 3), a != [3, 2, 1], [1, 2] < [1, 2, 3], [3] > [1, 2, 3], [] == [])
print(a.count(2), [[1]].count([1]), [1, 1.0, True].count(1), [None, None].count(None))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n))
print(sorted([[1, 2], [1], [0, 5], []]), max([[1, 2], [1, 3]]), min([(2, "a"), (1, "z")]))
print([x in "aeiou" for x in "aei"], [c for c in "hello" if c not in "lo"])
words = ["apple", "Banana", "cherry"]
print("banana" in words, "Banana" in words, "banana" in [w.lower() for w in words])
print(list(range(3)) == [0, 1, 2], list("ab") == ["a", "b"], [[]] != [[], []])
