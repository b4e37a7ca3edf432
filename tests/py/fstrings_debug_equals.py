# f-strings with the = specifier, conversions, nested specs and expressions
x, name, pi = 42, "Ada", 3.14159
items = [1, 2, 3]
print(f"{x=}", f"{name=}", f"{pi=:.2f}", f"{x = }", f"{name!r:>8}", f"{x*2=}")
print(f"{items=}", f"{len(items)=}", f"{items[0]=}", f"{name.upper()=}", f"{x=!s}", f"{name=!a}")
print(f"{'nested ' + name:*^20}", f"{x:{'>'}{10}}", f"{pi:{8}.{3}}", f"{x:#{'x'}}")
print(f"{{braces}} {x} {{{x}}}", f"{'a' if x > 1 else 'b'}", f"{[i * i for i in items]}", f"{ {'k': x}['k'] }")
print(f"{x:08.3f}", f"{-x:+}", f"{x:,}", f"{10**9:_}", f"{x:b}", f"{x:o}", f"{x:e}", f"{x:%}")
print(f"{name:.2}", f"{name:^9}", f"{name:-<9}", f"{True}", f"{None!r}", f"{3.0}", f"{1e20}", f"{1/3}")
width = 6
for row in [("id", "value"), (1, 2.5), (22, -13.25)]:
    print(f"|{row[0]!s:^{width}}|{row[1]!s:>{width + 2}}|")
def greet(n):
    return f"hi {n}"
print(f"{greet('bo')!r}", f"{greet(name).title():>12}", f"{'multi' + chr(10) + 'line'!r}")
print(f"""{x
      + 1}""", f"{x:{'^'}{width}}|", f'{"double"}', f"{'single'}")
val = 0.000012345
print(f"{val:.3g} {val:.3e} {val:.8f} {val * 1e8:.1f} {12345.678:.3g} {12345.678:.7g}")
