# small programs with bytes and bytearray: run-length coding, a checksum, a base16 round trip
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)


def rle_decode(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return bytes(out)


msg = b"aaaabbbcccd" + b"\x00" * 300 + b"end"
enc = rle_encode(msg)
print(len(msg), len(enc), enc[:12], rle_decode(enc) == msg)


def fletcher16(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return s2 << 8 | s1


print(hex(fletcher16(b"abcde")), hex(fletcher16(bytearray(b"abcdef"))))
words = b"the cat sat on the mat the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()), max(words, key=len))
buf = bytearray()
for w in sorted(set(words)):
    buf += w.upper() + b";"
print(buf, buf.rstrip(b";").split(b";"))
h = msg[:16].hex(" ", 4)
print(h, bytes.fromhex(h) == msg[:16])
swapped = bytearray(b"0123456789")
swapped[0::2], swapped[1::2] = swapped[1::2], swapped[0::2]
print(swapped, b"|".join(bytes([c]) for c in b"xyz"), b"%-6s|%06.2f|%c" % (b"ok", 3.14159, 0x41))
