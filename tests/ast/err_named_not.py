while x = not y:
    pass
