# Global and builtin names looked up again after every kind of change: a
# global rebound, deleted, shadowing a builtin and unshadowed, changed from
# inside a function and through globals().
counter = 0

def read():
    return counter, len("abc")

results = []
for step in range(6):
    results.append(read())
    if step == 0:
        counter = 10
    elif step == 1:
        def len(x):
            return -1
    elif step == 2:
        del len
    elif step == 3:
        globals()["counter"] = 99
    elif step == 4:
        def bump():
            global counter
            counter += 1
        bump()
print(results)

def uses_missing():
    return missing_name

for attempt in range(3):
    try:
        print(uses_missing())
    except NameError as e:
        print("NameError:", e)
    if attempt == 1:
        missing_name = "now defined"
del missing_name
try:
    uses_missing()
except NameError as e:
    print("NameError again:", e)

def loop_sum(n):
    total = 0
    for i in range(n):
        total += abs(-i) + OFFSET
    return total

OFFSET = 1
print(loop_sum(10))
OFFSET = 100
print(loop_sum(10))
g = globals()
g.pop("OFFSET")
try:
    loop_sum(1)
except NameError as e:
    print(e)
g.update(OFFSET=5)
print(loop_sum(3))
