# sort: lists and sorting - sort of ints, of strings, of tuples, with key
# functions and reverse, plus slicing, insert/pop, index and reversal.
# Data from a linear congruential generator, so every run sorts the same.

def lcg_list(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append(x)
    return out


def check(xs):
    h = 0
    for v in xs:
        h = (h * 1000003 ^ v) & 0xffffffffffff
    return h


nums = lcg_list(200000, 42)
a = sorted(nums)
b = sorted(nums, reverse=True)
print("ints", a[0], a[-1], a[len(a) // 2], b[1], check(a[::1000]))

keyed = sorted(nums, key=lambda v: (v % 1000, -v))
print("key", keyed[0], keyed[-1], check(keyed[::997]))

strs = [str(v) for v in nums[:60000]]
strs.sort()
bylen = sorted(strs, key=len)
print("strs", strs[0], strs[-1], bylen[0], bylen[-1])

recs = [(v % 97, str(v % 1009), v) for v in nums[:80000]]
recs.sort()
print("tuples", recs[0], recs[-1])
recs.sort(key=lambda r: r[1])
print("stable", recs[0], recs[-1])

# Merge of sorted runs by hand, then list surgery.
left = a[:50000:2]
right = a[1:50000:2]
merged = []
i = j = 0
while i < len(left) and j < len(right):
    if left[i] <= right[j]:
        merged.append(left[i])
        i += 1
    else:
        merged.append(right[j])
        j += 1
merged.extend(left[i:])
merged.extend(right[j:])
print("merge", merged == a[:50000], len(merged))

work = nums[:3000]
for k in range(3000):
    v = work.pop(k % len(work))
    work.insert((v >> 3) % (len(work) + 1), v)
work.reverse()
print("surgery", check(work), work.index(nums[5]), max(work), min(work))
