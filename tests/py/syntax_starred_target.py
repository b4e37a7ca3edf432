values = [1, 2]
*rest = values
