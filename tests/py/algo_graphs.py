# graph algorithms on adjacency dicts: BFS, DFS, Dijkstra, topological sort, components
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}

def bfs(g, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in sorted(g[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(g, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in sorted(g[node]):
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen

def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    prev = {}
    dist[src] = 0
    todo = set(g)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out

print(bfs(graph, "A"))
print(dfs(graph, "A"))
dist, prev = dijkstra(graph, "A")
print(dist)
print({n: path(prev, n) for n in sorted(graph)})
print(topo(graph))
undirected = {}
for a, b in [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7)]:
    undirected.setdefault(a, set()).add(b)
    undirected.setdefault(b, set()).add(a)
undirected[10] = set()
components, seen = [], set()
for n in sorted(undirected):
    if n not in seen:
        comp = []
        stack = [n]
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(sorted(undirected[x] - seen))
        components.append(sorted(comp))
print(components, len(components))
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
goal = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
steps = {start: 0}
frontier = [start]
while frontier:
    r, c = frontier.pop(0)
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in steps:
            steps[(nr, nc)] = steps[(r, c)] + 1
            frontier.append((nr, nc))
print(start, goal, steps.get(goal), len(steps))
