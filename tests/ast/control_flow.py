if a: pass
if a:
    pass
else:
    pass
if a:
    x
elif b:
    y
elif c:
    z
else:
    w
while x:
    break
while x:
    continue
else:
    pass
for x in y:
    pass
for x, y in z:
    pass
for x in a, b:
    pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in y: pass
for *x, y in z: pass
for x.y in z: pass
for x[0] in z: pass
for x in y:
    pass
else:
    pass
for x in *a, *b: pass
if x: a; b; c
if x: a; b;
while True: x = 1; break
pass; pass
pass;
if a:
    if b:
        if c:
            pass
        else:
            pass
