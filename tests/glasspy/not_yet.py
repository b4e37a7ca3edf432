# Built-ins glasspy does not have yet are there by name and raise an error
# that names them (NotImplementedError), not the NameError of a typo.
missing = {"compile": compile, "open": open, "help": help,
           "breakpoint": breakpoint, "memoryview": memoryview, "complex": complex,
           "classmethod": classmethod, "staticmethod": staticmethod, "property": property,
           "super": super, "__import__": __import__}
for name, fn in missing.items():
    try:
        fn("x")
    except NotImplementedError as e:
        assert str(e) == name + "() is not supported yet by glasspy", str(e)
    else:
        raise AssertionError(name + " ran")
# dir() of a module or of the current scope works; of other objects it
# would miss the special methods glasspy's types do not list yet
try:
    dir(5)
except NotImplementedError as e:
    assert str(e) == "dir() of a 'int' object is not supported yet by glasspy", str(e)
else:
    raise AssertionError("dir(5) ran")
print("ok")
