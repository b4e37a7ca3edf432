# list methods with edge arguments and their errors
a = [5, 3, 8, 3, 1]
print(a.index(3), a.index(3, 2), a.index(8, -3), a.count(3), a.count(99))
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a)
a.extend(range(2)); a.extend("xy"); a.extend((None,)); a.extend([])
print(a)
a += [7]
a *= 2
print(len(a), a[:6])
b = a.copy()
b.reverse()
print(b[:4], a[:4], b is a, b == a[::-1])
c = [3, 1, 2]
print(c.sort(), c, sorted(c, reverse=True), c.reverse(), c)
c.clear()
print(c, len(c))
for op in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].index(3), lambda: [].remove(0),
           lambda: [1].index(1, 1), lambda: [1, 2].insert("x", 1), lambda: [1].pop("0")):
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = [[0] * 3 for _ in range(3)]
d[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(d, shared)
e = [1, 2, 3]
e[1:2] = [20, 21, 22]
print(e)
e[::2] = [0] * len(e[::2])
print(e)
del e[1:3]
print(e)
e[:] = "abc"
print(e)
print([1, 2] * 0, [None] * 3, [[]] * 2, [1, [2, 3]] + [4])
print(list(range(10))[2::3], [x for x in reversed([1, 2, 3])], [1, 2, 3][::-1] == list(reversed([1, 2, 3])))
print([3, 1, 2] == [3, 1, 2], [1, 2] < [1, 2, 3], [2] > [1, 99], [] == [], [[1]] == [[1]], [1] == [1.0])
stack = []
for ch in "((a)(b(c)))":
    if ch == "(":
        stack.append(len(stack))
    elif ch == ")":
        print("close", stack.pop(), end="; ")
print(stack)
nums = [4, -2, 7, 0, -5, 3]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n < 0, n))
print(nums)
print(max(nums), min(nums), sum(nums), nums.index(max(nums)))
m = list("hello")
m.sort(reverse=True)
print(m, "".join(m))
print(list(), list(()), list("ab"), list({"k": 1}), list(range(0)), list(x for x in [1]))
