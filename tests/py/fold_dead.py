# Dead branches of constant tests never run (their code is dropped), but
# they still count for the scopes: a name assigned there is local, a yield
# makes a generator.
if 0:
    print('dead 0')
if False:
    print('dead False')
if None:
    print('dead None')
if '':
    print('dead str')
if ():
    print('dead tuple')
if 0.0:
    print('dead float')
if 1:
    print('live 1')
else:
    print('dead else')
if 'x':
    print('live str')
if 0:
    print('dead')
elif 1:
    print('live elif')
else:
    print('dead else 2')
while 0:
    print('dead loop')
else:
    print('while 0 else')
n = 0
while 1:
    n += 1
    if n == 3:
        break
else:
    print('dead while-1 else')
print('n', n)
n = 0
while True:
    n += 1
    if n < 5:
        continue
    break
print('n', n)
print(1 if 1 else 2, 1 if 0 else 2, 'a' if '' else 'b', 'y' if (1,) else 'n')

def local_only():
    if 0:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return 'UnboundLocalError'

print(local_only())

def gen():
    if 0:
        yield 1
    return 5

print(type(gen()).__name__, list(gen()))

def early(v):
    if 1:
        return v * 2
    print('never')

print(early(21))

for i in range(4):
    if 0:
        break
    while 0:
        continue
    else:
        if i == 2:
            continue
    print('i', i)
for i in range(3):
    for j in range(2):
        pass
    else:
        if i == 1:
            break
    print('outer', i)
print(__debug__, 1 if __debug__ else 0)
if __debug__:
    print('debug on')
if not __debug__:
    print('never')
assert 1
try:
    assert 0, 'zero'
except AssertionError as e:
    print('AssertionError', e)
