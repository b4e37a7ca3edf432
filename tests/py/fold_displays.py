# List and set displays of constants: built from one constant tuple or
# frozenset, still a new mutable object each time.
a = [1, 2, 3]
a.append(4)
print(a, [1, 2, 3], {3, 1, 2}, {1, 2, 3, 1.0, True}, [1, 2], ['a', 'b', 'c', (1, 2)])
s = {5, 6, 7}
s.add(8)
print(sorted(s), {0.0, -0.0, 0, False}, [0.0, -0.0, False, 0])
def f():
    return [1, 2, 3]
x = f(); x.append(9); print(f(), x)
print({'b', 'a', 'c'} == {'a', 'b', 'c'}, sorted({'x', 'y', 'z'}))
