def parse_amount(text):
    text = text.strip()
    if not text:
        raise ValueError("empty amount")
    value = float(text)
    if value < 0:
        raise ValueError("negative amount: %s" % text)
    return round(value, 2)
inputs = ["12.50", "  7 ", "", "-3", "abc", "1e3", "nan", "0.005"]
total = 0
for raw in inputs:
    try:
        amt = parse_amount(raw)
    except ValueError as e:
        print("%-8r rejected: %s" % (raw, e))
        continue
    total += amt
    print("%-8r accepted %.2f running %.2f" % (raw, amt, total))
print("total", total)
