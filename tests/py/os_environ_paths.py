# os module: environ, getenv, path helpers, separators
import os
print(os.sep, os.name)
print(os.getenv("SURELY_NOT_SET_VAR_123"), os.getenv("SURELY_NOT_SET_VAR_123", "dflt"))
os.environ["GLASSPY_TEST_VAR"] = "value 1"
print(os.environ["GLASSPY_TEST_VAR"], os.getenv("GLASSPY_TEST_VAR"), "GLASSPY_TEST_VAR" in os.environ)
print(os.environ.get("GLASSPY_TEST_VAR"), os.environ.get("NOPE_NOPE", 5))
del os.environ["GLASSPY_TEST_VAR"]
print("GLASSPY_TEST_VAR" in os.environ, os.getenv("GLASSPY_TEST_VAR"))
try:
    os.environ["NOPE_NOPE"]
except KeyError as e:
    print(type(e).__name__, e)
p = os.path.join("home", "user", "docs", "file.txt")
print(p, os.path.basename(p), os.path.dirname(p), os.path.join(os.path.dirname(p), os.path.basename(p)) == p)
print(os.path.join("/abs", "x"), os.path.join("a", "/b", "c"), os.path.join("a/", "b"), os.path.join("a", ""))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/"), os.path.basename("file"), os.path.dirname("file"))
print(os.path.exists("."), os.path.exists("definitely/not/here.txt"))
print(os.path.exists("os_environ_paths.py"))
print(os.path.isabs(os.getcwd()) if hasattr(os.path, "isabs") else os.getcwd().startswith("/"))
