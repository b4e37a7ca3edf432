x = 1
while x.real = 1:
    pass
