# an exception in a dict comprehension
x = {k: 1 / k for k in range(3)}
