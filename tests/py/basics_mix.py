def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(15)])

def make_counter(start=0, *, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc

c = make_counter(10, step=5)
print(c(), c(), c())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))

words = ["apple", "banana", "cherry"]
lengths = {w: len(w) for w in words}
print(lengths)
total = 0
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print("no break")
print(total, i)
s = {x % 3 for x in range(10)}
print(s, len(s))
a, *rest = [1, 2, 3, 4]
print(a, rest)
print(max([3, 1, 4, 1, 5]), min(3, 1, 4), sum(range(101)), abs(-7))
name = "world"
print(f"hello {name}!", f"{1+1}", f"{name!r}")
def kw(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(kw(1, c=3))
print(kw(1, 2, 3, 4, c=5, e=6))
t = (1, 2, 3)
print(t[1:], t[::-1], "abc"[1], [1, 2, 3][-1])
print(1 < 2 < 3, 1 < 3 < 2, 2 in [1, 2], 5 not in (1, 2))
x = [1, 2]
x += [3]
x.append(4)
print(x, x * 2, 3 * (0,))
print(True and 0, None or "default", not [])
print(isinstance(1, int), isinstance(True, int), isinstance("a", (int, str)))
print(str(12), int("42") + 1, float("1.5"), repr("a'b"))
print(ord("a"), chr(955), hash(1) == hash(1.0))
