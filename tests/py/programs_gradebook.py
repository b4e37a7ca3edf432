# a gradebook: parse records, compute statistics, letter grades, histogram, ranking
raw = """ann:91,85,77,100
bob:60,72,58
cyd:88,94,90,97,85
dee:
eve:45,100,71,66
fay:99
gus:70,70,70,70"""
def mean(xs):
    return sum(xs) / len(xs) if xs else None
def median(xs):
    s = sorted(xs)
    n = len(s)
    if not n:
        return None
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5 if len(xs) > 1 else 0.0
def letter(score):
    if score is None:
        return "-"
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"
book = {}
for line in raw.splitlines():
    name, _, scores = line.partition(":")
    book[name] = [int(s) for s in scores.split(",") if s]
print(f"{'name':<5}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}{'best':>6} grade")
for name, scores in book.items():
    m = mean(scores)
    print(f"{name:<5}{len(scores):>3}{m if m is None else round(m, 2)!s:>8}{median(scores)!s:>8}"
          f"{stdev(scores):>8.2f}{max(scores, default='-')!s:>6} {letter(m)}")
all_scores = [s for scores in book.values() for s in scores]
print("overall", round(mean(all_scores), 3), median(all_scores), min(all_scores), max(all_scores), len(all_scores))
buckets = {}
for s in all_scores:
    b = min(s // 10 * 10, 90)
    buckets[b] = buckets.get(b, 0) + 1
for b in range(40, 100, 10):
    print(f"{b:>3}-{b + 9 if b < 90 else 100:<3} {'#' * buckets.get(b, 0)}")
ranked = sorted((n for n in book if book[n]), key=lambda n: (-mean(book[n]), n))
print([(i + 1, n, round(mean(book[n]), 1)) for i, n in enumerate(ranked)])
print({g: sorted(n for n in book if letter(mean(book[n])) == g) for g in "ABCDF-"})
improved = {n: s[-1] - s[0] for n, s in book.items() if len(s) > 1}
print(max(improved, key=improved.get), min(improved.values()), sorted(improved.items(), key=lambda kv: kv[1]))
