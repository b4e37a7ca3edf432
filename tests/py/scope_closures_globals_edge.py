# names resolved at call time, globals changed between calls, and shadowed builtins
def report():
    return f"{setting} / {helper()}"
def helper():
    return "helper v1"
setting = "first"
print(report())
setting = "second"
def helper():
    return "helper v2"
print(report())
def uses_builtin():
    return max([3, 1, 2])
print(uses_builtin())
max = lambda seq: "shadowed max"
print(uses_builtin())
del max
print(uses_builtin())
def make():
    value = "enclosing"
    def show():
        return value
    value = "changed before call"
    return show
print(make()())
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter_factory()
c2 = counter_factory()
print(c1(), c1(), c2(), c1(), c2())
x = 10
def read_global():
    return x
def write_global(v):
    global x
    x = v
print(read_global(), write_global(20), read_global(), x)
def lambda_in_loop():
    funcs = {}
    for name in ["a", "b"]:
        funcs[name] = lambda: name
    return {k: f() for k, f in funcs.items()}
print(lambda_in_loop())
def class_free_namespace():
    ns = {}
    exec_like = [("x", 1), ("y", 2)]
    for k, v in exec_like:
        ns[k] = v
    return ns
print(class_free_namespace())
def unbound_later():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return inner()
print(unbound_later())
print(sorted(k for k in globals() if not k.startswith("__"))[:8])
print("x" in globals(), "nope" in globals(), globals()["setting"])
def local_names():
    a, b = 1, 2
    return sorted(locals())
print(local_names())
