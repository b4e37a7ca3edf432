# s += t on a module-level name (STORE_NAME) and a declared global
# (STORE_GLOBAL) grows the string in place when nothing else holds it; an
# alias keeps its value, and the namespace ends up as CPython leaves it.
first = "a"
report = ""
last = "z"
for i in range(2000):
    report += str(i % 10)
print(len(report), report[:12], report[-5:])
alias = report
report += "!"
print(len(alias), len(report), alias[-1], report[-1], alias is report)
print([k for k in globals() if k in ("first", "report", "last", "alias")])

def grow(n):
    global total
    for i in range(n):
        total += "xy"
total = ""
grow(500)
print(len(total), total[:6])
keep = total
grow(1)
print(len(keep), len(total))

class_like = {"s": ""}
for i in range(100):
    class_like["s"] += "q"
print(len(class_like["s"]))

def closure():
    acc = ""
    def add(t):
        nonlocal acc
        acc += t
        return acc
    return add
add = closure()
for ch in "hello":
    r = add(ch)
print(r)
