# sorting algorithms written out, checked against sorted()
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick(a):
    if len(a) <= 1:
        return a[:]
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])

def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out.append((seed >> 33) % 1000 - 500)
    return out

cases = [[], [1], [2, 1], [3, 3, 3], list(range(10)), list(range(10, 0, -1)), lcg(7, 50), lcg(99, 200)]
for data in cases:
    expect = sorted(data)
    results = [f(data) == expect for f in (insertion, merge_sort, quick, heap_sort, counting)]
    print(len(data), results, expect[:5], expect[-3:])
words = "delta Alpha charlie bravo echo Foxtrot golf".split()
print(merge_sort(words), quick(words), sorted(words, key=str.lower))
print(merge_sort([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(heap_sort([3.5, -1.25, 2.0, float("inf"), -0.0, 0.0]))
