# grouping and counting with plain dicts: setdefault, get, nested dicts, inversion
people = [("ann", "paris", 31), ("bob", "berlin", 25), ("cyd", "paris", 45), ("dee", "rome", 31),
          ("eve", "berlin", 52), ("fay", "paris", 25), ("gus", "oslo", 38)]
by_city = {}
for name, city, age in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
ages_by_city = {}
for name, city, age in people:
    stats = ages_by_city.setdefault(city, {"count": 0, "total": 0, "oldest": None})
    stats["count"] += 1
    stats["total"] += age
    if stats["oldest"] is None or age > stats["oldest"][1]:
        stats["oldest"] = (name, age)
for city in sorted(ages_by_city):
    s = ages_by_city[city]
    print(f"{city:<7} n={s['count']} avg={s['total'] / s['count']:.1f} oldest={s['oldest']}")
age_count = {}
for _, _, age in people:
    age_count[age] = age_count.get(age, 0) + 1
print(sorted(age_count.items()), [a for a, c in age_count.items() if c > 1])
decade = {}
for name, _, age in people:
    decade.setdefault(age // 10 * 10, set()).add(name)
print({k: sorted(v) for k, v in sorted(decade.items())})
index = {}
for i, (name, city, _) in enumerate(people):
    for ch in set(name):
        index.setdefault(ch, []).append(i)
print({k: index[k] for k in sorted(index)[:6]})
matrix = {}
for name, city, _ in people:
    matrix.setdefault(city, {})
    matrix[city][name[0]] = matrix[city].get(name[0], 0) + 1
print(matrix)
inverse = {}
for city, names in by_city.items():
    for n in names:
        inverse[n] = city
print(inverse == {n: c for n, c, _ in people}, len(inverse))
word_lengths = {}
for w in "a bb cc ddd e fff gggg hh".split():
    word_lengths.setdefault(len(w), []).append(w)
print(dict(sorted(word_lengths.items(), key=lambda kv: -kv[0])))
counts = {}
for ch in "mississippi river":
    counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts, key=lambda c: (-counts[c], c))
print(top[:4], [counts[c] for c in top[:4]], counts.get("z", 0))
