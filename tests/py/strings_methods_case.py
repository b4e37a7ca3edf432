words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "123abc", "", "ß", "straße", "ǅ", "İ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc Def", "abc1", "123", "", " ", "a b", "½", "٣", "Ab1 Cd"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(),
          w.istitle(), w.isspace(), w.isdecimal(), w.isnumeric(), w.isidentifier(), w.isprintable(), w.isascii())
print("they're bill's friends".title())
print("_x1".isidentifier(), "1x".isidentifier(), "def".isidentifier())
print("\n".isprintable(), "\x7f".isprintable())
