match = 1
match.x = 2
match(x)
match[0] = 1
match, case = 1, 2
case = 3
_ = 4
print(match, case, _)
match: int = 5
match += 1
def match(match): return match
class case: pass
x = match if case else _
match - 1
