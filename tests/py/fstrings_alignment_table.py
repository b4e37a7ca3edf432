rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 10.0), ("kiwi", 0, 1234.5678)]
print(f"{'name':<10}{'qty':>5}{'price':>12}")
print("-" * 27)
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>12.2f}")
total = sum([q * p for _, q, p in rows])
print(f"{'total':<15}{total:>12.2f}")
for i in [0, 7, 42, 255, 65535]:
    print(f"|{i:>6}|{i:<6}|{i:^6}|{i:06x}|{i:>#8b}|")
for s in ["", "a", "ab", "héllo", "日本"]:
    print(f"[{s:>5}][{s:<5}][{s:^5}][{s:-^6}]")
print(f"{'left':*<12}{'right':#>12}")
for v in [-1.5, 0, 2.25, 1e6]:
    print(f"{v:+10.3f}|{v:=+10.1f}|{v:10}|")
