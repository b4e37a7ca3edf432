def total(*nums):
    print("got", nums, type(nums).__name__)
    return sum(nums)
print(total(), total(1), total(1, 2, 3), total(*range(5)), total(*"", *[]))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))
def join(*parts, sep="-"):
    return sep.join(parts)
print(join("a", "b"), join("a", "b", sep="+"), join())
args = (1, 2)
kwargs = {"sep": "/"}
print(join(*map(str, args), **kwargs))
def show(*a, **k):
    return f"a={a} k={k}"
print(show(*[1], *(2, 3), **{"x": 1}, **{"y": 2}))
print(show(*{"p": 1, "q": 2}))
print(max(*[3, 9, 2]), min(4, *[1, 8]), print(*[1, 2, 3], sep=":"))
