# classical ciphers: Caesar, Vigenère, Atbash, run-length encoding, frequency analysis
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

def atbash(text):
    table = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                          "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA")
    return text.translate(table)

def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
for shift in (3, 13, -1, 26, 52):
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, -shift) == msg)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
print(atbash(msg), atbash(atbash(msg)) == msg)
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "", "abc", "aaaaaaaaaaaa"]:
    print(repr(rle(s)), unrle(rle(s)) == s)
secret = caesar("the quick brown fox jumps over the lazy dog and keeps running east", 7)
counts = {}
for ch in secret:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
common = max(sorted(counts), key=counts.get)
guess = (ord(common) - ord("e")) % 26
print(secret, common, guess, caesar(secret, -guess))
print(caesar("Ünïcödé stays, ascii shifts", 1))
