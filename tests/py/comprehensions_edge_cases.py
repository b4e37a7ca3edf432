# comprehensions: nesting, conditions, scopes, walrus, big and empty inputs
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([(i, c) for i, c in enumerate("abc") if i % 2 == 0])
print({x % 3: x for x in range(10)}, {c for c in "mississippi"} == set("misp"))
print({k: v for k, v in zip("abc", range(3)) if v}, {n: n ** 2 for n in []}, [x for x in ()])
print([y for x in [[1, 2], [], [3]] for y in x], [x if x % 2 else -x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3], sum(x for x in range(10) if x > 4))
print(list(x for x in "ab"), tuple(n for n in range(3)), set(len(w) for w in "a bb cc".split()))
total = 0
results = [total := total + n for n in range(5)]
print(results, total)
print([m for n in range(5) if (m := n * n) > 5], m)
print([[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row if v % 2], [sum(r) for r in matrix], max(v for r in matrix for v in r))
x = "outer"
print([x for x in range(3)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
try:
    [1 / n for n in (2, 1, 0)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
words = ["apple", "Banana", "cherry", "date", "Elder", "fig"]
print({w[0].lower(): w for w in words}, sorted({len(w) for w in words}), [w for w in words if w.istitle()])
print({w: {c: w.count(c) for c in sorted(set(w)) if w.count(c) > 1} for w in words if len(set(w)) < len(w)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
g = (n * n for n in range(4))
print(next(g), list(g), list(g))
print(sum(1 for _ in range(1000)), len([0 for _ in range(10000)]), len({i: i for i in range(5000)}))
nested = [[[i, j, k] for k in range(2)] for j in range(2) for i in range(2)]
print(nested)
print([c.upper() for c in "héllo wörld" if c.isalpha()], "".join(c for c in "a1b2c3" if c.isdigit()))
