# sys.implementation is a types.SimpleNamespace; its fields differ between
# interpreters, so only their types and the namespace behaviour are shown.
import sys
impl = sys.implementation
print(type(impl), type(impl).__name__)
print(isinstance(impl.name, str), impl.name == impl.name.lower(), impl.version == sys.version_info[:5] or impl.version[:2] == sys.version_info[:2])
print(type(impl.hexversion), impl.hexversion == sys.hexversion, sys.hexversion >> 24, (sys.hexversion >> 16) & 0xff)
impl.extra = [1, 2]
print(impl.extra, "extra" in impl.__dict__)
del impl.extra
for attempt in ("extra", "missing"):
    try:
        getattr(impl, attempt)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del impl.extra
except AttributeError as e:
    print("AttributeError:", e)
ns = type(impl)(b=1, a="x")
print(ns, ns == type(impl)(b=1, a="x"), ns != type(impl)(a="x"), ns.a, ns.b)
ns.c = ns.b + 1
print(ns, repr(type(impl)()))
try:
    type(impl)(1)
except TypeError as e:
    print("TypeError:", e)
