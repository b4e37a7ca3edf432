a = [5, 3, 8, 1]
a.append(9); a.insert(0, 7); a.extend([2, 2])
print(a, len(a), a.count(2), a.index(8))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
print(a.pop(), a.pop(0), a)
a.remove(2); print(a)
b = a.copy(); b[0] = 100; print(a, b)
print(a[1:3], a[::-1], a[-2:], a[:-2])
a[1:3] = ["x", "y", "z"]; print(a)
del a[::2]; print(a)
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m)
alias = [[0] * 3] * 3
alias[0][0] = 1
print(alias)
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(lambda x: x * 2, range(5))), list(filter(None, [0, 1, "", "a", None])))
print([1, 2] * 3, [1, 2] + [3], [3, 1] < [3, 2], [] == [], [1, [2]] == [1, [2]])
print(list(zip([1, 2, 3], "ab")), list(enumerate("xy", 10)))
a.clear(); print(a)
