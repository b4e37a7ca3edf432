# sets in practical use: dedupe keeping order, membership tests, comparisons, frozenset keys
emails = ["a@x.com", "B@x.com", "a@x.com", "c@y.org", "b@x.com", "c@y.org"]
seen = set()
unique = []
for e in emails:
    key = e.lower()
    if key not in seen:
        seen.add(key)
        unique.append(e)
print(unique, len(seen), sorted(seen))
print(list(dict.fromkeys(emails)))
domains = {e.split("@")[1] for e in emails}
print(sorted(domains))
course_a = {"ann", "bob", "cyd", "dee"}
course_b = {"cyd", "dee", "eve"}
course_c = {"ann", "eve", "fay"}
print("both A and B:", sorted(course_a & course_b))
print("only A:", sorted(course_a - course_b - course_c))
print("any course:", sorted(course_a | course_b | course_c))
print("exactly one of A, B:", sorted(course_a ^ course_b))
everyone = set.union(course_a, course_b, course_c)
print(sorted(everyone), sorted(set.intersection(course_a, course_b)), len(set().union(*[course_a, course_b])))
counts = {name: sum(name in c for c in (course_a, course_b, course_c)) for name in everyone}
print(sorted(counts.items()))
pairs = {frozenset(p) for p in [("a", "b"), ("b", "a"), ("a", "c")]}
print(len(pairs), sorted(sorted(p) for p in pairs))
adj = {frozenset({"x", "y"}): 3, frozenset({"y", "z"}): 5}
print(adj[frozenset({"y", "x"})], frozenset({"z", "y"}) in adj)
vowels = set("aeiou")
for word in ["rhythm", "queue", "strengths", "aeiou"]:
    print(word, sorted(vowels & set(word)), len(set(word) - vowels), set(word) <= vowels, vowels.isdisjoint(word))
primes = {2, 3, 5, 7, 11, 13}
odds = set(range(1, 15, 2))
print(sorted(primes - odds), sorted(odds - primes), primes > {2, 3}, primes >= primes, primes < primes)
s = set()
for i in range(100):
    s.add(i % 7)
print(sorted(s), min(s), max(s), sum(s), 3 in s, 7 in s)
s.difference_update(range(3))
s.intersection_update({3, 4, 5, 99})
s.symmetric_difference_update({5, 6})
print(sorted(s))
print(set("hello") == set("olleh"), frozenset("ab") == {"a", "b"}, {1, 2} == [1, 2], len({(1, 2), (2, 1)}))
