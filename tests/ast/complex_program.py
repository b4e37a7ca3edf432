import os, sys
from collections import defaultdict as dd

CONST: int = 42

class Node(object, metaclass=type):
    """A node."""
    count = 0

    def __init__(self, value, children=None, *, parent=None, **extra):
        self.value = value
        self.children = children or []
        self.parent = parent
        Node.count += 1

    @property
    def depth(self):
        d = 0
        n = self
        while n.parent is not None:
            d, n = d + 1, n.parent
        return d

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

def main(argv=sys.argv[1:]):
    counts = dd(int)
    for i, arg in enumerate(argv):
        try:
            n = int(arg, 0)
        except ValueError as e:
            print(f"bad {arg!r}: {e}", file=sys.stderr)
            continue
        else:
            counts[n % 3] += 1
        finally:
            pass
    squares = {k: v ** 2 for k, v in counts.items() if v}
    total = sum(v for v in squares.values())
    with open(os.devnull, "w") as f, open(os.devnull) as g:
        print(total, squares, sep="; ", file=f)
    return 0 if total else 1

if __name__ == "__main__":
    sys.exit(main())
