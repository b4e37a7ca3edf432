# glasspy-flags: --memory 16M
# Code compiled at run time (eval, exec) keeps its constants in the heap,
# not the static area, and they go with it: compiling in a loop does not
# fill the image (the static area of a 16M image is 1M).
total = 0
for i in range(60000):
    total += eval("i * 2 + 1.5")
    exec("t = (1, 2.5, 'abc', 2**70)")
assert total == 60000 * 1.5 + 2 * sum(range(60000)), total
assert t == (1, 2.5, "abc", 2 ** 70)
print("ok")
