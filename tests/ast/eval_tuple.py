a, b, *c
