for i in range(3):
    j = i
else:
    k = 1
while False:
    w = 1
with open("f") as fh, open("g") as (a, b):
    pass
def f():
    for x, (y, z) in []:
        del x
