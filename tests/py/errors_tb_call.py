# carets under a failing call, in the caller and the callee
def divide(a, b):
    return a / b

def ratio(values):
    total = sum(values)
    return divide(total, len(values) - len(values))

print("start")
result = ratio([1, 2, 3]) + 1
