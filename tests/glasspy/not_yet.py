# Built-ins glasspy does not have yet are there by name and raise an error
# that names them (NotImplementedError), not the NameError of a typo.
for name in ("eval", "exec", "compile", "dir", "vars", "open", "help", "breakpoint",
             "memoryview", "complex", "classmethod", "staticmethod", "property", "super",
             "__import__"):
    try:
        fn = {"eval": eval, "exec": exec, "compile": compile, "dir": dir, "vars": vars,
              "open": open, "help": help, "breakpoint": breakpoint, "memoryview": memoryview,
              "complex": complex, "classmethod": classmethod, "staticmethod": staticmethod,
              "property": property, "super": super, "__import__": __import__}[name]
        fn("x")
    except NotImplementedError as e:
        assert str(e) == name + "() is not supported yet by glasspy", str(e)
    else:
        raise AssertionError(name + " ran")
print("ok")
