# an exception raised while handling another
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["fallback"]

print(parse("5"))
print(parse("five"))
