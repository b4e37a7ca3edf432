# roman numerals both ways, and a month calendar printed by hand
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)

def from_roman(s):
    table = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = table[ch]
        if i + 1 < len(s) and table[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in (0, 4000, -1):
    try:
        to_roman(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    from_roman("ABC")
except KeyError as e:
    print(type(e).__name__, e)

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    # Zeller-like: 0 = Monday
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d + 6) % 7

def month(y, m):
    names = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
    lines = [f"{names[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    row = ["  "] * weekday(y, m, 1)
    for d in range(1, days_in_month(y, m) + 1):
        row.append(f"{d:2}")
        if len(row) == 7:
            lines.append(" ".join(row))
            row = []
    if row:
        lines.append(" ".join(row))
    return "\n".join(lines)

print(month(2024, 2))
print(month(2023, 10))
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(1900))
print([weekday(2000, 1, 1), weekday(2024, 7, 4), weekday(1970, 1, 1)])
