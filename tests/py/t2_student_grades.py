scores = {"ann": [88, 92, 79], "ben": [65, 70, 58], "cat": [95, 98, 100], "dev": [72, 85, 80]}
def letter(avg):
    for cut, g in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cut:
            return g
    return "F"
print("%-5s %6s %6s %6s %7s %s" % ("name", "t1", "t2", "t3", "avg", "grade"))
stats = []
for name in sorted(scores):
    s = scores[name]
    avg = sum(s) / len(s)
    stats.append((name, avg))
    print("%-5s %6d %6d %6d %7.2f %s" % (name, *s, avg, letter(avg)))
best = max(stats, key=lambda t: t[1])
print("best:", best[0], round(best[1], 2))
hist = {}
for _, avg in stats:
    hist[letter(avg)] = hist.get(letter(avg), 0) + 1
for g in "ABCDF":
    print(g, "*" * hist.get(g, 0))
col_avgs = [sum(col) / len(col) for col in zip(*scores.values())]
print([round(a, 1) for a in col_avgs])
