# alloc: allocation-heavy code - many small tuples, lists and dicts created
# and dropped, lists of tuples rebuilt by comprehensions, nested lists.

def point_list(n, seed):
    x = seed
    pts = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        pts.append((x % 1000, (x >> 10) % 1000, i))
    return pts


total = 0
for round_ in range(10):
    pts = point_list(30000, round_ + 1)
    moved = [(px + 1, py - 1, i) for px, py, i in pts]
    pairs = [(a, b) for a, b, _ in moved if a > b]
    nested = [[a, b, [a - b]] for a, b in pairs[:10000]]
    small = [{"x": a, "y": b} for a, b in pairs[:5000]]
    total += len(moved) + len(pairs) + len(nested) + len(small)
    total += sum([p[0] for p in pairs]) % 1000
    total += sum([d["x"] - d["y"] for d in small]) % 1000
print("rounds", total)

# Short-lived temporaries in a loop: tuple packing, slices, concatenation.
acc = 0
t = (0, 0, 0)
for i in range(400000):
    t = (t[1], t[2], i)
    u = t + (i & 7,)
    acc += u[3] + len(u[1:])
print("temps", acc, t)

# Linked list of 2-lists, built, walked and dropped.
head = None
for i in range(250000):
    head = [i, head]
n = 0
s = 0
node = head
while node is not None:
    s += node[0]
    n += 1
    node = node[1]
head = None
print("chain", n, s)
