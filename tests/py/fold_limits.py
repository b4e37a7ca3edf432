# Results over CPython's size limits are not folded (they are computed at
# run time) but are of course still right.
print(2 ** 64, 2 ** 65, 3 ** 80, (-2) ** 64, 2 ** 128 == 1 << 128)
print(2 ** 1000 % 1000007, len(str(10 ** 400)), 7 ** 77 // 7 ** 76)
print(1 << 127, 1 << 128, (1 << 300) >> 299, -1 << 200)
print((2 ** 64) * (2 ** 64), (2 ** 100) * 3, 12345678901234567890 * 98765432109876543210)
s = 'a' * 4096
t = 'a' * 4097
print(len(s), len(t), len('ab' * 3000), len(b'xyz' * 2000), len('é' * 5000))
print(len((1, 2) * 128), len((1, 2) * 129), len(((1, 2),) * 600), len((((1,),),) * 400))
print(len('a' * 4096 + 'b' * 4096), ('x' * 4096)[4095], ('y' * 5000)[4999])
print(0 * 'abc' == '', 'abc' * 0 == '', True * 'ab', 'ab' * False == '')
print(2 ** 0, 0 ** 5, 5 ** 1, 1 ** 10 ** 5)
big = 10 ** 40
print(big, big == 10 ** 40, 10 ** 40 is 10 ** 40 or 'computed separately')
print(2.5 ** 100, 10.0 ** 300 * 10.0 ** 8)
