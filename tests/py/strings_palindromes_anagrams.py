# palindromes, anagrams and other small string puzzles
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama!", "hello", "", "Was it a car or a cat I saw?", "No 'x' in Nixon", "été"]:
    print(repr(s), is_palindrome(s))
def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
print([longest_palindrome(s) for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]])
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
print(sorted(groups, key=lambda k: (-len(groups[k]), k))[:3])
def char_counts(s):
    d = {}
    for c in s:
        d[c] = d.get(c, 0) + 1
    return d
print(char_counts("anagram") == char_counts("nagaram"), char_counts("rat") == char_counts("car"))
def first_unique(s):
    counts = char_counts(s)
    return next((i for i, c in enumerate(s) if counts[c] == 1), -1)
print([first_unique(s) for s in ["leetcode", "loveleetcode", "aabb", "z"]])
def compress_spaces(s):
    return " ".join(s.split())
def reverse_words(s):
    return " ".join(reversed(s.split()))
print(repr(compress_spaces("  many   spaces\there ")), reverse_words("the sky is blue"))
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a
print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"), is_rotation("", ""))
vowels = "aeiouAEIOU"
def vowel_reverse(s):
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c in vowels]
    for i, j in zip(idx, reversed(idx)):
        if i >= j:
            break
        chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)
print(vowel_reverse("hello"), vowel_reverse("leetcode"), vowel_reverse("AEIOUxyz"))
print(sorted(set("the quick brown fox jumps over the lazy dog") - {" "}) == list("abcdefghijklmnopqrstuvwxyz"))
title = "the lord of the rings and the return of the king"
small = {"of", "the", "and", "a"}
print(" ".join(w if i and w in small else w.capitalize() for i, w in enumerate(title.split())))
