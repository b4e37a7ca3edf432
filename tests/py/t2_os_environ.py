import os
print(type(os.environ).__name__ in ("_Environ", "dict"))
print(os.environ.get("GLASSPY_NOPE_VAR", "missing"))
try:
    os.environ["GLASSPY_NOPE_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
p = os.getcwd()
print(os.path.basename(p), os.path.isabs(p) if hasattr(os.path, "isabs") else True)
parts = ["usr", "local", "lib", "python3"]
path = os.sep + os.path.join(*parts)
print(path)
while path not in ("/", ""):
    print(os.path.basename(path), "<-", os.path.dirname(path))
    path = os.path.dirname(path)
print(os.path.exists("."), os.path.exists(".."))
