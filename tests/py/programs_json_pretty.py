# a JSON-like pretty printer and parser written by hand
def dump(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k, v in value.items():
            parts.append(f'{pad}{" " * step}"{k}": {dump(v, indent + step, step)}')
        return "{\n" + ",\n".join(parts) + f"\n{pad}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list, tuple)) for v in value):
            return "[" + ", ".join(dump(v) for v in value) + "]"
        return "[\n" + ",\n".join(pad + " " * step + dump(v, indent + step, step) for v in value) + f"\n{pad}]"
    if isinstance(value, str):
        esc = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)

def parse(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                assert text[pos] == ":", f"expected : at {pos}"
                pos += 1
                out[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                assert text[pos] == "}", f"expected }} at {pos}"
                pos += 1
                return out
        if ch == "[":
            pos += 1
            out = []
            ws()
            if text[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return out
        if ch == '"':
            end = pos + 1
            buf = []
            while text[end] != '"':
                if text[end] == "\\":
                    end += 1
                    buf.append({"n": "\n", '"': '"', "\\": "\\"}[text[end]])
                else:
                    buf.append(text[end])
                end += 1
            pos = end + 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        end = pos
        while end < len(text) and text[end] in "-+.eE0123456789":
            end += 1
        num = text[pos:end]
        pos = end
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()

doc = {"name": "glasspy", "version": [0, 1, 2], "stable": False, "tags": [],
       "authors": [{"name": "Ann", "langs": ["C", "Python"]}, {"name": "Bo \"B\"", "langs": []}],
       "limits": {"memory": 64 * 2 ** 20, "ratio": 0.75, "none": None, "nested": {"deep": {"deeper": [1, [2, [3]]]}}},
       "text": "line1\nline2"}
out = dump(doc)
print(out)
back = parse(out)
print(back == doc, back["authors"][1]["name"], back["limits"]["nested"]["deep"])
print(parse('[1, -2.5e3, "x", {"a": [true, null]}, []]'))
print(dump([1, "two", None, True, 3.0, {"k": ()}]))
try:
    parse('{"a" 1}')
except AssertionError as e:
    print(type(e).__name__, e)
