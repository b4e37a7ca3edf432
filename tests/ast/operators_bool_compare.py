a and b
a or b
a and b or c
a or b and c
a or b or c
a and b and c
not a and not b
a < b
a < b < c
a == b != c
a <= b >= c > d
a is b
a is not b
a in b
a not in b
not a in b
a < b == c is not d not in e
(a < b) < c
a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = a if b else c
lambda: a if b else c
