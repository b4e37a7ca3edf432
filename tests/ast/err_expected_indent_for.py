for x in y:
# comment
z
