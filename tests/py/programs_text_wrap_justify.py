# word wrapping and full justification written by hand
text = ("Glasspy is a Python interpreter written in C whose memory is laid out the way the "
        "textbook picture of a Python process draws it: frames on a stack, objects on a heap, "
        "and the free space between them shared by both. Supercalifragilisticexpialidocious words happen.")
def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(" ".join(cur))
                cur = []
            lines.append(word[:width])
            word = word[width:]
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(" ".join(cur))
            cur = []
        cur.append(word)
    if cur:
        lines.append(" ".join(cur))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in (30, 45):
    lines = wrap(text, width)
    print(f"--- width {width}: {len(lines)} lines")
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
for line in wrap(text, 20)[:4]:
    print(repr(line.center(20)), repr(line.rjust(20)))
print(wrap("", 10), wrap("short", 10), wrap("abcdefghijklmnop", 5))
