try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)
class_like = ValueError
try:
    raise class_like
except ValueError as e:
    print("raised class directly:", repr(e))
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(type(e).__name__, e)
print("end")
