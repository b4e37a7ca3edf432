people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -5, 0, 4, -2]
nums.sort(key=abs)
print(nums)
print(sorted([2.5, 1, True, 0.5, False]))
print(sorted([]), sorted(()), sorted("cba"), sorted({3: 1, 1: 2}))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(100, 0, -7))
print(sorted(big)[:5], sorted(big, reverse=True)[:5])
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")))
