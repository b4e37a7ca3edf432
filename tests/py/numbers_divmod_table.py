nums = [17, -17, 5, -5, 0, 1, -1, 2 ** 70, -(2 ** 70)]
dens = [5, -5, 3, 7, 2 ** 65]
for a in nums:
    for b in dens:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, q, r, a // b == q, a % b == r)
for a in [7.5, -7.5, 0.0, 1e10]:
    for b in [2, -2, 0.5]:
        print(a, b, divmod(a, b), a // b, a % b)
