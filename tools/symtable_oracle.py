"""Print the scopes of a Python file as CPython 3.11's symtable module sees
them, in the format tools/symdump prints: used by `make expected` to write
tests/symtable/*.sym.  Never edit a .sym by hand."""
import sys
import symtable

FLAGS = ["referenced", "imported", "parameter", "global", "declared_global", "local",
         "annotated", "nonlocal", "free", "assigned", "namespace"]


def dump(t, indent=""):
    extra = (" nested" if t.is_nested() else "") + (" optimized" if t.is_optimized() else "")
    print("%s%s %s line %d%s" % (indent, t.get_type(), t.get_name(), t.get_lineno(), extra))
    # Names that only pass through a scope (free in a child, not used here)
    # come last in an order CPython takes from a set, which depends on the
    # string hashes: print them sorted.
    syms = t.get_symbols()
    own = [s for s in syms if s._Symbol__flags & ((1 << 11) - 1)]
    passing = sorted((s for s in syms if not s._Symbol__flags & ((1 << 11) - 1)),
                     key=lambda s: s.get_name())
    for s in own + passing:
        names = [f for f in FLAGS if getattr(s, "is_" + f)()]
        print("%s  %s:%s" % (indent, s.get_name(), "".join(" " + n for n in names)))
    for c in t.get_children():
        dump(c, indent + "    ")


def main(path):
    with open(path, "rb") as f:
        src = f.read().decode("utf-8")
    try:
        table = symtable.symtable(src, path.rsplit("/", 1)[-1], "exec")
    except SyntaxError as e:
        print("%s: %s (line %s, offset %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
        return
    dump(table)


if __name__ == "__main__":
    main(sys.argv[1])
