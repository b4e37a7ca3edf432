# os.path's pure functions on many shapes of path, the file tests, and the
# os constants.
import os
import os.path as p
paths = ["", "/", "//", "///", "a", "a/", "a/b", "/a/b/", "a//b", "./a", "../a", "a/./b",
         "a/../b", "a/b/../../..", "/../a", "//a//b/", "///a", ".bashrc", "a/.b", "a.b.c",
         "a/b.c/d", "..", "...", "a/..b", "x.tar.gz", "dir.d/", "/é/ü.txt", "a/b/.", "./", "~"]
for x in paths:
    print(repr(x), p.split(x), p.splitext(x), p.isabs(x), repr(p.normpath(x)), p.basename(x), p.dirname(x))
print(p.abspath("/x/../y"), p.abspath("a") == p.join(os.getcwd(), "a"), p.abspath(".") == os.getcwd())
home = os.environ.get("HOME")
print(p.expanduser("~") == (home.rstrip("/") or "/") if home else True, p.expanduser("~/x") == p.join(p.expanduser("~"), "x"), p.expanduser("a~b"), p.expanduser("~nosuchuser_xyz/q"))
here = p.dirname(p.abspath("os_path_more.py"))
print(p.isdir(here), p.isfile(here), p.isfile("os_path_more.py"), p.isdir("os_path_more.py"), p.isfile("no_such_file"), p.getsize("os_path_more.py") > 100)
try:
    p.getsize("no_such_file")
except OSError as e:
    print(type(e).__name__, e)
print(os.pathsep, os.curdir, os.pardir, os.extsep, os.devnull, os.altsep, repr(os.linesep), p.sep, p.pathsep, hasattr(p, "linesep"))
print(type(os.getpid()), os.getpid() > 0)
for bad in (None, 3):
    try:
        p.splitext(bad)
    except TypeError as e:
        print("TypeError")
