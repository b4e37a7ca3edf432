# a TypeError from a call with keyword arguments
def greet(name, greeting="hello"):
    return greeting + ", " + name

print(greet("ann", greeting="hi"))
print(greet("bob", salutation="hey"))
