"""A module docstring, kept in __doc__."""
# The names a script's module starts with, and annotations at module level
# (kept in __annotations__, evaluated in order) and in functions (not kept).
import os
import sys

print(__name__, repr(__doc__), __package__, __spec__, __cached__)
print(os.path.basename(__file__), os.path.isabs(__file__), type(__builtins__).__name__)
print(__builtins__.len("abc"), __builtins__ is sys.modules["builtins"])
print(__annotations__)
count: int = 0
name: str
ratio: "float" = 0.5
print(__annotations__, count, ratio)
if count == 0:
    inside: list = []
for i in range(2):
    loop_var: int = i
(paren): int = 7
d = {}
d["k"]: float = 1.5
sys.implementation.extra: int = 3
print(__annotations__, paren, d, sys.implementation.extra, loop_var)
try:
    name
except NameError as e:
    print("NameError:", e)

def f(a: int, b: "str" = "x") -> bool:
    local: int = 5
    other: undefined_name_never_evaluated
    return local

print(f(1), f.__name__)
try:
    broken: undefined_annotation = 1
except NameError as e:
    print("NameError:", e)
# (glasspy has no import machinery to show as __loader__)
print(sorted(k for k in globals() if k.startswith("__") and k != "__loader__"))
print([k for k in globals() if k != "__loader__"][:8])
