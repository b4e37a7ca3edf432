table = {97: "x", 98: "y", 99: "z"}
print("aabbcc-abc".translate(table))
table2 = {ord("a"): "1", ord("b"): None, ord("c"): "333"}
print("abcabc".translate(table2))
table3 = {97: "A", 98: "B", 120: None, 121: None, 122: None}
print("axbycz".translate(table3))
print("hello".translate({ord("l"): "L"}))
vowels = {ord(c): None for c in "aeiou"}
print("programming language".translate(vowels))
try:
    "abc".translate({97: 5})
except TypeError as e:
    print(type(e).__name__, e)
print("abc".translate({}), "".translate({97: "b"}), "abc".translate({98: 0x263A}))
rot13 = {ord(c): chr((ord(c) - 97 + 13) % 26 + 97) for c in "abcdefghijklmnopqrstuvwxyz"}
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
