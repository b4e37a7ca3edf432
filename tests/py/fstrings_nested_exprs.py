items = {"apple": 1.5, "kiwi": 0.25}
for k, v in items.items():
    print(f"{k!r:<10} costs {v:>6.2f} ({v * 100:.0f} cents) {'cheap' if v < 1 else 'pricey'}")
n = 7
print(f"{n} squared is {n ** 2}, halves: {n / 2}, {n // 2}, {n % 2 == 1}")
print(f"{[x * 2 for x in range(n)]}")
print(f"{ {'a': 1}['a'] }", f"{(lambda q: q + 1)(n)}", f"{n:{'>'}{10}}")
print(f"{'plain' if n else 'other'}")
w = 10
for i in range(1, 4):
    print(f"{i:>{w}}|{'*' * i:<{w}}|{i / 3:{w}.{i}f}")
msg = "hi"
print(f"{msg!r:^10}|{msg.upper()!s:*>5}|{len(msg)!r}")
print(f"{3.0:g} {3.5:g} {1e6:g} {1e-6:g}")
print(f"{1_000_000:,d} {-1:03d} {255:#X} {0:#b} {7:3}|")
print(f"{'%'}{50}{'%'} {{}} {'}'}")
x = 12.5
print(f"{x=}, {x = :.3f}, {x*2=}")
