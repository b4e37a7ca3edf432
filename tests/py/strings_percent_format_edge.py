# printf-style % formatting and str.format edge cases
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%e|%E|%g|%G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%.2f|%8.3f|%-8.1f|%08.2f|%.0f|%.0f" % (3.14159, 2.5, 2.5, -2.5, 0.5, 1.5))
print("%s|%r|%a|%5s|%-5s|%.2s" % ("hé", "hé", "hé", "ab", "ab", "abcdef"))
print("%c%c|%%|%i|%u" % (72, "i", 7, 8))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ("a", "b"), "%d%%" % 50, "%s" % None)
print("%d" % 3.99, "%d" % True, "%f" % 1, "%x" % -255, "%.3g" % 1234567, "%10.4e" % 123.456)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", "ab"), ("%(k)s", 1), ("%d", None)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("{} {} {}".format(1, "a", None), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name}-{0}-{name}".format(5, name="n"), "{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{0[1]} {0[0]} {1[k]}".format(["a", "b"], {"k": "v"}), "{.real}".format(5))
print("{:,}".format(1234567.891), "{:.2%}".format(0.256), "{:+.3e}".format(-1234.5), "{:#06x}".format(255))
print("{{literal}} {}".format("x"), "{!r}".format("q"), "{!s:>4}".format(1), "{!a}".format("ñ"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:>{}}".format("x", 4))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{:d}", ("s",)), ("{", ()), ("}", ()), ("{0[5]}", ([1],))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("%-10s|%10s|" % ("left", "right"), "%3d%%" % 7, "%.1f%s" % (99.95, "!"))
table = [("Widget", 3, 4.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
print("%-12s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in table:
    print("%-12.10s %5d %8.2f" % (name, qty, price))
print("total: %d items, $%.2f" % (sum(q for _, q, _ in table), sum(q * p for _, q, p in table)))
