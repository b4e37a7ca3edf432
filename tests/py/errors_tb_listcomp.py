# an exception inside a list comprehension
values = [1, 2, 0, 4]
print([10 // v for v in values if v > 1])
inverse = [10 // v for v in values]
