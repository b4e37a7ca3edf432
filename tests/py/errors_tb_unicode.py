# non-ASCII text before the failing expression: carets count characters
café = {"crème": 1}
print(café["crème"])
résumé = "naïve " + café["brûlée"]
