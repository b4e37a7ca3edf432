results = []
for raw in ["10", "x", "0", "-5", "3.3", ""]:
    try:
        n = int(raw)
        r = 100 // n
    except ValueError as e:
        results.append(("bad", raw))
        continue
    except ZeroDivisionError:
        results.append(("zero", raw))
        continue
    else:
        results.append(("ok", r))
    finally:
        results.append("tick")
print(results)
def safe_div(a, b):
    try:
        return a / b
    except (ZeroDivisionError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
print([safe_div(1, b) for b in [2, 0, "x", 0.5]])
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError(f"attempt {attempts} failed")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("retry:", e)
errors = {}
for k in ["a", "b", "a", "c"]:
    try:
        errors[k] += 1
    except KeyError:
        errors[k] = 1
print(errors)
