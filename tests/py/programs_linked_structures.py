# linked lists and binary search trees built from dicts and tuples (no classes)
def cons(value, rest=None):
    return {"value": value, "next": rest}

def from_list(items):
    head = None
    for v in reversed(items):
        head = cons(v, head)
    return head

def to_list(node):
    out = []
    while node:
        out.append(node["value"])
        node = node["next"]
    return out

def reverse(node):
    prev = None
    while node:
        node["next"], prev, node = prev, node, node["next"]
    return prev

lst = from_list([1, 2, 3, 4, 5])
print(to_list(lst))
lst = reverse(lst)
print(to_list(lst), to_list(None), to_list(from_list(["x"])))

def insert(tree, key):
    if tree is None:
        return (key, None, None)
    k, left, right = tree
    if key < k:
        return (k, insert(left, key), right)
    if key > k:
        return (k, left, insert(right, key))
    return tree

def inorder(tree):
    if tree is None:
        return []
    k, left, right = tree
    return inorder(left) + [k] + inorder(right)

def height(tree):
    return 0 if tree is None else 1 + max(height(tree[1]), height(tree[2]))

def contains(tree, key):
    while tree is not None:
        k, left, right = tree
        if key == k:
            return True
        tree = left if key < k else right
    return False

def show(tree, indent=0):
    if tree is None:
        return
    k, left, right = tree
    show(right, indent + 4)
    print(" " * indent + str(k))
    show(left, indent + 4)

root = None
for key in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    root = insert(root, key)
print(inorder(root), height(root), contains(root, 45), contains(root, 46))
show(root)
words = None
for w in "the quick brown fox jumps over the lazy dog".split():
    words = insert(words, w)
print(inorder(words), height(words))
queue = {"items": [], "head": 0}
def enqueue(q, v):
    q["items"].append(v)
def dequeue(q):
    if q["head"] >= len(q["items"]):
        raise IndexError("dequeue from empty queue")
    v = q["items"][q["head"]]
    q["head"] += 1
    return v
for i in range(5):
    enqueue(queue, i * i)
print([dequeue(queue) for _ in range(3)], queue["items"][queue["head"]:])
try:
    for _ in range(5):
        dequeue(queue)
except IndexError as e:
    print(type(e).__name__, e)
