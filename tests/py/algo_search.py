def bsearch(a, x):
    lo, hi = 0, len(a)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    found = lo < len(a) and a[lo] == x
    return lo, found, steps
a = list(range(0, 100, 3))
for x in [0, 3, 4, 99, 98, -5, 1000]:
    print(x, bsearch(a, x))
print(bsearch([], 1))
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen
print(bfs("A"), dfs("A"), bfs("E"))
def shortest(start, goal):
    paths = {start: [start]}
    queue = [start]
    while queue:
        n = queue.pop(0)
        for nb in graph[n]:
            if nb not in paths:
                paths[nb] = paths[n] + [nb]
                queue.append(nb)
    return paths.get(goal)
print(shortest("A", "F"), shortest("F", "A"))
