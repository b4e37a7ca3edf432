name, n, f = "Ada", 42, 3.14159
print(f"{name} {n} {f}")
print(f"{name!r} {name!s} {'é'!a} {name:>10} {name:<10}| {name:^11}|")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n:d}|{n: d}|{n:x}|{n:#o}|{n:b}|{n:#010b}")
print(f"{f:.2f}|{f:10.4f}|{f:e}|{f:.0%}|{f!r:>12}|")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{0xdeadbeef:_x}")
print(f"{'{'}{n}{'}'} {{literal}} {{{n}}}")
width, prec = 12, 3
print(f"{f:{width}.{prec}f}|{name:{'*'}^{width}}|")
print(f"{n * 2 + 1} {[1, 2][0]} { {'k': 1}['k'] } {len(name)} {name.upper()}")
print(f"{n=} {f=:.1f} {name = }")
print(f"{'nested ' + f'{n:03}'}")
d = {"key": "val"}
print(f"{d['key']} {d!r}")
print(f"{True} {None} {[1, 'a']} {(1,)} {3 > 2}")
print(f"{-0.0} {1e20} {1e-5:.3g} {float('inf')} {10**20}")
print(f"""multi
{name}
line""")
print(f"{'':>3}|{'':03}|{'x':.0}|")
try:
    print(f"{n:s}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print(type(e).__name__, e)
