# KeyError from a subscript in a function
def lookup(table, key):
    return table[key] + 0

table = {"one": 1}
print(lookup(table, "one"))
print(lookup(table, "two"))
