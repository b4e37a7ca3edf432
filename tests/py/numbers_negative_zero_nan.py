# negative zero, infinities and nan, alone and in containers
import math
nz = -0.0
print(nz, 0.0 == nz, str(nz), repr(nz), abs(nz), -nz, nz + 0.0, nz * 1)
print(math.copysign(1, nz), math.copysign(1, 0.0), round(nz), int(nz))
print(f"{nz}", f"{nz:.2f}", f"{nz:+}", format(nz, "g"))
print(1 / float("inf"), -1 / float("inf"), 0.0 * -1)
nan = float("nan")
inf = float("inf")
print(nan, -nan, inf, -inf, inf - inf, inf * 0, nan == nan, nan != nan)
print(nan < 1, nan > 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
lst = [nan, 1.0, nan]
print(nan in lst, lst.count(nan), lst.index(nan), float("nan") in lst)
print(lst == lst, [nan] == [nan], [float("nan")] == [float("nan")])
t = (nan,)
print(t == t, t == (nan,), (float("nan"),) == (float("nan"),))
d = {nan: "a"}
print(d[nan], nan in d, float("nan") in d, len({nan, nan, float("nan")}))
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0), sorted([3.0, 1.0, 2.0]))
print(sum([1.0, inf, -inf]), sum([inf, inf]), sum([0.0, -0.0]), sum([-0.0, -0.0]))
print(hash(0.0) == hash(-0.0) == hash(0), hash(inf), hash(-inf))
print({0.0: "pos", -0.0: "neg"}, {-0.0: "neg", 0: "int"})
print(float("-inf"), float("Infinity"), float("  nan "), float("-NaN"), float("+inf"))
print(inf // 1 if False else math.floor(1e300) > 0, 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
print(divmod(5.0, inf), divmod(-5.0, inf))
try:
    math.floor(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 2.2250738585072014e-308)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1 / 3)
