# an exception raised inside a generator while it is consumed
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError("three is not allowed")
        yield i

print(list(numbers(3)))
for n in numbers(5):
    print(n)
