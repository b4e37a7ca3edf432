# AttributeError on a module with a close name; getattr() too
import math
print(math.sqrt(4))
try:
    getattr(math, "flor")
except AttributeError as e:
    print(e)
root = math.sqr(16)
