# Built-ins glasspy does not have yet are there by name and raise an error
# that names them (NotImplementedError), not the NameError of a typo.
missing = {"compile": compile, "dir": dir, "vars": vars, "open": open, "help": help,
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
print("ok")
