# time.gmtime, struct_time, strftime, asctime and mktime on fixed timestamps
import time
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(type(g).__name__, isinstance(g, tuple), len(g), g[0], g[-1], g[:3], tuple(g) == g, list(g)[6:])
print(g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(g) == hash(tuple(g)), g < time.gmtime(1))
y, m, d, *rest = time.gmtime(1700000000)
print(y, m, d, rest)
for ts in (86399, 86400, 951782400, 1e9, 1234567890.75, -1, -86400 * 365):
    t = time.gmtime(ts)
    print(ts, time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %w", t), time.asctime(t))
print(time.strftime("%d/%m/%y %I:%M %p", time.gmtime(1e9)), time.strftime("100%% done", time.gmtime(0)))
print(time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((2024, 2, 29, 12, 30, 5, 3, 60, 0)))
print(time.strftime("", time.gmtime(0)) == "", type(time.strftime("%Y")).__name__, len(time.asctime()) == 24)
print(time.mktime(time.localtime(1234567890)), type(time.mktime(time.localtime())).__name__)
lt = time.localtime(1e9)
print(type(lt).__name__, len(lt), time.mktime(lt) == 1e9, time.ctime(1e9) == time.asctime(time.localtime(1e9)))
print(time.struct_time.__name__, time.struct_time.__module__)
for f in (lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(2 ** 70),
          lambda: time.mktime((1, 2)), lambda: time.mktime(5), lambda: time.strftime(5),
          lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 1, 25, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 1)), lambda: time.asctime((2020, 1, 1.5, 0, 0, 0, 0, 1, 0))):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    g.tm_year = 2000
except AttributeError as e:
    print(type(e).__name__)
try:
    g[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
