a + b
a - b
a * b
a / b
a // b
a % b
a ** b
a @ b
-a
+a
~a
a + b * c - d / e
(a + b) * c
a ** b ** c
-a ** b
a ** -b
- - a
a - - b
a << b >> c
a & b | c ^ d
a | b & c
not a
a % b % c
a*-b
~-~a
