# building and parsing strings: CSV-like splitting, padding tables, number parsing
csv = """name,age,city
Ann,31,Paris
Bob,,Berlin
"Cy, Jr.",45,"New York"
Dee,27,
"""
def parse_line(line):
    fields, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append("".join(cur))
    return fields
rows = [parse_line(l) for l in csv.strip().splitlines()]
header, *data = rows
print(header)
for r in data:
    print(r, len(r))
records = [dict(zip(header, r)) for r in data]
print(records[2])
ages = [int(r["age"]) for r in records if r["age"].strip()]
print(ages, sum(ages) / len(ages))
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(f.ljust(w) for f, w in zip(r, widths)))
print("-+-".join("-" * w for w in widths))
def parse_number(s):
    s = s.strip().replace("_", "").replace(",", "")
    if not s:
        return None
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return s
print([parse_number(x) for x in ["42", " 3.5 ", "1,000", "1_000_000", "1e3", "-0", "abc", "", "inf", "0x1F"]])
def kv_parse(text):
    out = {}
    for part in text.split(";"):
        if "=" not in part:
            continue
        k, _, v = part.partition("=")
        out[k.strip()] = v.strip()
    return out
print(kv_parse("a=1; b = two ;broken; c=x=y;; d="))
query = "q=hello+world&lang=en&empty=&flag"
print({k: v.replace("+", " ") for k, _, v in (p.partition("=") for p in query.split("&"))})
path = "/usr/local/lib/python3.11/site-packages"
print(path.split("/"), path.rsplit("/", 1), path.count("/"), path[path.rfind("/") + 1:], "/".join(path.split("/")[:3]))
sentence = "  The   quick brown\tfox  "
print(repr(" ".join(sentence.split())), sentence.split(" ")[:5], [w.capitalize() for w in sentence.split()])
print(str(12).rjust(5, "0"), "%05d" % 12, f"{12:05}", "12".zfill(5), format(12, "05"))
