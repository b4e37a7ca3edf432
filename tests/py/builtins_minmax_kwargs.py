# min and max with key=, default= and their errors
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(min(3, 1, 2), max(3, 1, 2))
print(min([], default="empty"), max([], default=None))
print(min([5], default=0), max((), default=-1))
print(max(words, key=lambda w: (len(w), w)))
print(min(words, key=lambda w: w[-1]))
print(max([1, 3, 3, 2], key=lambda x: -x))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(min(pairs), max(pairs))
print(max(pairs, key=lambda p: p[0]))   # first of equal keys wins
print(min(pairs, key=lambda p: p[0]))
print(max("hello"), min("hello"))
print(max({3: "a", 7: "b"}), min({3, 9, -2}))
print(max(1, 2.5, True), min(-0.0, 0))
print(max(range(10), key=lambda x: x % 4))
print(min(iter([4, 2, 8])))
for bad in ([], ()):
    try:
        min(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
scores = {"ann": 91, "bob": 78, "cyd": 91, "dee": 60}
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(max(scores.items(), key=lambda kv: kv[1]))
