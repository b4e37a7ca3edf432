t = str.maketrans("abc", "xyz", "!")
print(sorted(t.items()))
print("a!b!c cab".translate(t))
print(sorted(str.maketrans({"a": "1", 98: None}).items()))
print("hello".translate("".maketrans("lo", "01")))
for args in [("ab", "x"), (1,), ({"ab": 1},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
