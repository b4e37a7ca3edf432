def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) < 2:
        return a
    p = a[0]
    return quick([x for x in a[1:] if x < p]) + [p] + quick([x for x in a[1:] if x >= p])
seq = [5, -2, 9, 0, 5, 3, 12, -7, 1, 1]
for fn in (bubble, merge_sort, quick):
    print(fn(seq), fn([]), fn([1]), fn(["b", "a", "c"]))
x = 12345
data = []
for _ in range(30):
    x = (x * 1103515245 + 12345) % 2 ** 31
    data.append(x % 1000)
print(data)
print(merge_sort(data) == sorted(data), quick(data) == sorted(data), bubble(data)[:5])
