# NameError with a close name in the globals
counter = 10
print(counter)
def show():
    local_value = 1
    print(local_valu)

try:
    show()
except NameError as e:
    print(e)
print(countr)
