s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", -3), s.find("z"), s.find(""))
print(s.rfind("a"), s.rfind("abra"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("b"))
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 5))
print("".count(""), "aaa".count("aa"))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"))
print("aaa".replace("a", ""), "".replace("", "x"), s.replace("abra", "", 1))
print("a" in s, "cad" in s, "" in s, "xyz" not in s)
print("ünïcödé".find("ï"), "日本語テキスト".index("テ"))
print(s.find("a", 100), s.find("", 11), s.find("", 12))
