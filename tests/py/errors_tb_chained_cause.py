# raise ... from ...: the direct cause
class_names = {"a": 1}

def get(name):
    try:
        return class_names[name]
    except KeyError as e:
        raise LookupError("no class " + name) from e

print(get("a"))
get("b")
