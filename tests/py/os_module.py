import os
import os.path
from os.path import join
print(os.sep, os.name)
print(join("a", "b", "c.txt"), join("/x", "y"), join("a", "/abs", "z"), join("a/", "b"), join("", "a"))
print(os.path.basename("/usr/lib/file.py"), os.path.basename("dir/"), os.path.basename("plain"))
print(os.path.dirname("/usr/lib/file.py"), os.path.dirname("file.py"), os.path.dirname("/top"))
print(os.path.exists("."), os.path.exists("/definitely/not/here"))
print(os.getenv("GLASSPY_SURELY_UNSET"), os.getenv("GLASSPY_SURELY_UNSET", "fallback"))
print("PATH" in os.environ, os.getcwd() == os.getcwd(), len(os.environ) > 0)
