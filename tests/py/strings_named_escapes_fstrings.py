# \N{...} inside f-strings: its braces are not a replacement field.
x = 42
print(f"\N{DIGIT ONE}{x}\N{DIGIT TWO}")
print(f"{x}\N{LATIN SMALL LETTER A}{{x}}\N{RIGHT CURLY BRACKET}")
print(f"{x:\N{DIGIT ZERO}>8}")
print(f"{x!r:\N{ASTERISK}^9}")
print(ascii(f"\N{GREEK CAPITAL LETTER OMEGA}={x}"))
print(ascii(f"""\N{BLACK STAR}
{x}\N{WHITE STAR}"""))
print(ascii(f"\N{null}{x}\N{lf}"))
print(ascii("a" f"\N{EM DASH}{x}" "\N{EN DASH}"))
print(rf"\N", fr"\{x}")
