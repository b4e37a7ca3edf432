import os
print(type(os.environ), type(os.environ).__name__, type(os.environ).__module__)
os.environ["GP_A"] = "1"
print(os.environ["GP_A"], os.getenv("GP_A"), "GP_A" in os.environ, os.environ.get("GP_A"), os.environ.get("GP_NOPE", "d"))
print(os.environ.pop("GP_A"), "GP_A" in os.environ, os.getenv("GP_A"), os.environ.pop("GP_A", "gone"))
try: os.environ["GP_B"] = 1
except TypeError as e: print(e)
try: os.environ[1] = "x"
except TypeError as e: print(e)
try: os.environ["GP_NOPE"]
except KeyError as e: print("KeyError", e)
try: del os.environ["GP_NOPE"]
except KeyError as e: print("KeyError", e)
os.environ.update({"GP_C": "c"}, GP_D="d"); print(os.environ["GP_C"], os.environ["GP_D"])
print(os.environ.setdefault("GP_C", "zz"), os.environ.setdefault("GP_E", "e"))
del os.environ["GP_C"]; print("GP_C" in os.environ)
c = os.environ.copy(); print(type(c), c == os.environ, os.environ == c, len(c) == len(os.environ))
print(sorted(k for k in os.environ if k.startswith("GP_")), [v for k, v in sorted(os.environ.items()) if k.startswith("GP_")])
print(repr(os.environ).startswith("environ({"), isinstance(os.environ, dict))
