# sys.path starts with the script's directory; more of sys's values, and
# the messages of sys's functions.
import os
import sys
import builtins
print(os.path.basename(sys.path[0]), os.path.isabs(sys.path[0]), sys.path[0] == os.path.dirname(os.path.abspath("sys_more.py")))
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff", isinstance(sys.executable, str) and len(sys.executable) > 0)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(builtins.len("abc"), builtins is sys.modules["builtins"], builtins.__name__)
builtins.shared_name = 42
print(shared_name)
for f, a in ((sys.getrefcount, ()), (sys.getrecursionlimit, (1,)), (sys.intern, (1,)), (sys.exit, (1, 2))):
    try:
        f(*a)
    except TypeError as e:
        print("TypeError:", e)
