# str and bytes operators on constants.
print('ab' + 'cd', 'ab' * 2, 2 * 'ab', 'é' + 'ü' * 2, '' + '' == '')
print(b'ab' + b'cd', b'x' * 3, b'' * 5 == b'', 'x' * True)
print('%s-%s' % ('a', 'b'), '%d' % 5, '%r' % ('q',), '%5s|' % 'ab')
print('x'.join(('a', 'b')), ('a' 'b' 'c'), 'abc'[0] + 'abc'[-1])
print('line1\n' + 'line2', repr('a' + '\t'), len('\u20ac' * 3))
print('ab' < 'b', 'ab' + 'c' == 'abc', ('a' + 'b') * 2)

def doc():
    'a literal is a docstring'

def notdoc():
    'folded' + ' is not a docstring'

print(doc.__doc__, notdoc.__doc__)
print(f'{1 + 2}', f'{"a" * 3}', f'{(1, 2)}', f"{'x' + 'y'!r}")
