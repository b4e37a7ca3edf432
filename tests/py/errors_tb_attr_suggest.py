# AttributeError with a close method name
words = ["a", "b"]
words.append("c")
print(words)
words.appnd("d")
