# Tuples of constants, nested, and the operators that fold on them.
print((), (1,), (1, 2), ((1,), (2, (3, (4,)))), (None, True, 'a', b'b', 1.5))
print((1, 2) + (3,), (1,) * 3, (1, 2) * 0, ((1, 2),) * 2, 2 * (0,))
print((1, 2, 3)[0], (1, 2, 3)[-1], ((1, 2), 3)[0][1], ('ab', 'cd')[1][0])
print('abc'[1], 'héllo'[1], b'abc'[2], 'abc'[True], (1, 2)[False])
print('abc'[1:], (1, 2, 3)[::2], 'abcdef'[1:5:2])
t = ((1, 2), (3, 4))
for a, b in ((1, 2), (3, 4)):
    print(a + b, end=' ')
print()
print(3 in [1, 2, 3], 4 in [1, 2, 3], 2 not in [1, 2], 'a' in ['a', 'b'])
print(3 in {1, 2, 3}, 4 not in {1, 2, 3}, (1, 2) in {(1, 2)}, 1.0 in {1})
x = 5
print(x in [1, x], x in [x + 1, 2], x not in {x, 1})
for i in [1, 2, 3]:
    print(i, end=' ')
print()
for s in {'z'}:
    print(s)
print([y * 2 for y in [1, 2, 3]], {y for y in [3, 3, 4]}, sorted({y: 1 for y in (2, 1)}))
print(sum(v for v in [1, 2, 3]), [n for n in [x, x + 1] if n in [5, 6]])
print(len((1,) * 256), (1, 2, 3) < (1, 2, 4), (1, 2) == (1, 2))
l1 = [1, 2, 3]
l1.append(4)
print(l1, [1, 2, 3], {1, 2, 3}, {1, 2, 3, 1}, [[1, 2], [3]])
print(tuple([1, 2]) is not (1, 2), list((1, 2, 3)))
a, b = 1, 2
(c, d), e = (3, 4), 5
print(a, b, c, d, e)
