def checksum(data):
    s = 0
    for byte in data:
        s = (s + byte) % 256
    return s

def xor_cipher(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))

msg = "Attack at dawn!".encode()
print(msg, checksum(msg))
enc = xor_cipher(msg, b"key")
print(enc.hex())
dec = xor_cipher(enc, b"key")
print(dec, dec == msg, dec.decode())
def rle(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(bytes([j - i, data[i]]))
        i = j
    return b"".join(out)
r = rle(b"aaabccccccdd")
print(r, len(r))
print([(r[i], chr(r[i + 1])) for i in range(0, len(r), 2)])
print(bytes(range(65, 75)), bytes(range(65, 75))[::2])
