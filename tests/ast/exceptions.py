try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
raise
raise E
raise E("msg")
raise E from e
raise E from None
assert x
assert x, "message"
assert (x, y)
try: a
except A: b
else: c
finally: d
