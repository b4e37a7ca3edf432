print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e20, 1e-5))
print("%c%c %%" % (65, "z"))
print("%s and %s" % ("a", [1, 2]))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 2.71828))
print("%s" % (1,), "%s" % ((1, 2),), "%s" % None)
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%d" % True, "%s" % True)
print("%x" % -255, "%o" % -8)
print("%d" % 10**30)
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
