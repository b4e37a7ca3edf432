# sys.argv's and os.environ's str objects live in the higher area, at the
# top of the image above the stack, beside the strings the image copied
# there; objects the program makes live in the heap, far below.  They are
# immortal, like the process's arguments.
import os
import sys

heap_objects = [[], {}, "x" * 100, 10 ** 30, 1.5]
top_of_heap = max(id(o) for o in heap_objects)
assert id(sys.argv[0]) > top_of_heap, "argv's str is not in the higher area"
assert sys.argv[0].endswith("higher_area.py")
some = [k for k in os.environ][:5]
assert some, "the test needs an environment"
for k in some:
    assert id(k) > top_of_heap, "environ's key is not in the higher area"
    assert id(os.environ[k]) > top_of_heap, "environ's value is not in the higher area"
# a copy is an ordinary heap object
copy = sys.argv[0] + "!"
assert id(copy) < id(sys.argv[0])
# immortal: dropping every reference does not free it
a0 = sys.argv[0]
before = sys.getrefcount(a0)
sys.argv[0] = "replaced"
assert a0.endswith("higher_area.py") and sys.getrefcount(a0) >= before - 1
# a value stored by the program goes to the heap
os.environ["GLASSPY_TEST"] = "v" * 50
assert id(os.environ["GLASSPY_TEST"]) < id(a0)
print("ok")
