# importing built-in modules in every form, and the errors of missing names
import math
import math as m
from math import sqrt, pi as PI
from os import path
import os.path
import sys, time
print(m is math, sqrt(16), round(PI, 5), path.basename("/a/b.txt"), os.path is path, type(time).__name__)
try:
    import numpy_not_installed_here
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).startswith("No module named 'numpy_not_installed_here'"))
try:
    import definitely_missing as dm
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    math.no_such_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from missing_pkg import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, "missing_pkg" in str(e))
def local_import():
    import math as inner_math
    from math import factorial
    return inner_math.floor(2.7), factorial(5)
print(local_import(), "inner_math" in globals())
print(math.__name__, m.__name__, sys.modules["math"] is math, "math" in sys.modules)
print(sorted(n for n in ("sqrt", "pi", "floor", "nope") if hasattr(math, n)))
print(getattr(math, "tau") == 2 * math.pi, getattr(math, "nope", "default"))
import math
print(math is m)
