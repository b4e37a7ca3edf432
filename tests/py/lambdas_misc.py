sq = lambda x: x ** 2
print(sq(5), (lambda: "no args")(), (lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 3, 5, d=6, f=7))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sorted(["b10", "a2", "c1"], key=lambda s: int(s[1:])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3), compose(str, sq)(4) + "!")
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
ops = [lambda x: x + 1, lambda x: x * 2, lambda x: -x]
v = 3
for op in ops:
    v = op(v)
    print(v)
print((lambda *args: sum(args))(*range(10)), (lambda **kw: sorted(kw))(b=1, a=2))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(0))
print((lambda x: (x, x))(lambda: 0)[0]() , (lambda: [])() is not (lambda: [])())
