# a method call whose name is on a later line
items = []
n = (items
     .pop())
