# Folding never hides an error: an operation on constants that raises is
# left for run time and raises there with its usual message.
def show(fn):
    try:
        print('value', fn())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: 1.0 / 0)
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: (1, 2)[5])
show(lambda: 'abc'[10])
show(lambda: 'abc'[-4])
show(lambda: b''[0])
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 2 ** -1)
show(lambda: 0 ** -1)
show(lambda: 'ab' * -1)
show(lambda: ~1.5)
show(lambda: -'a')
show(lambda: +(1,))
show(lambda: (1,) - (1,))
show(lambda: None + 1)
show(lambda: 'x'[None])
show(lambda: 'x'[1.0])
show(lambda: 3 @ 4)
show(lambda: '%d' % 'x')
show(lambda: 'a%sb' % (1,))
show(lambda: 10 ** 400 * 1.0)
show(lambda: 2.0 ** 10000)

def late():
    x = 1
    y = x + 1
    return y / 0

show(late)
print('done')
1 / 0
