def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! xyz"
for k in [1, 3, 13, 25, -1]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
def crack(cipher):
    best = None
    for k in range(26):
        cand = caesar(cipher, -k)
        score = sum(cand.lower().count(c) for c in "etaoin")
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best
print(crack(caesar("meet me at the station at ten", 7)))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]:
    print(is_palindrome(s), s)
