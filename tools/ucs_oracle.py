#!/usr/bin/env python3
"""ucs_oracle.py - derive glasspy's Unicode tables and test vectors from CPython.

CPython 3.11 is glasspy's behavioural oracle.  Its str methods follow the
Unicode 14.0 database; the system's libutf8proc (2.8) already speaks Unicode
15.0 and gives no XID, Cased, Case_Ignorable or numeric data, so instead of
approximating through utf8proc we read every property straight out of the
oracle, one code point at a time, through str's own methods.  The result is
data, not code: what CPython answers for each code point.

    python3 tools/ucs_oracle.py            # rewrites both files below

writes
    src/obj/ucs_db.h          the character database (two-level table)
    tests/unit/ucs_vectors.h  expected values for tests/unit/test_ucs.c

How each property is read (c is a one-character str):
    alpha decimal digit numeric space printable
                      c.isalpha() ... c.isprintable()
    lower / upper     c.islower() / c.isupper()  (one char: the flag itself)
    title             unicodedata.category(c) == 'Lt'  (CPython's TITLE flag)
    cased             upper or lower or title  (Unicode's definition of Cased)
    case_ignorable    probed through the final-sigma rule of str.lower():
                      not cased: ('A' + c + 'Σ').lower() ends in 'ς'
                      cased:     (c + 'Σ').lower() does not end in 'ς'
    xid_start         c.isidentifier()
    xid_continue      ('a' + c).isidentifier()
    linebreak         ('a' + c + 'b').splitlines() has two lines
    decimal value     unicodedata.decimal(c, -1)
    digit value       unicodedata.digit(c, -1)
    full case maps    c.upper(), c.lower(), c.title(), c.casefold()
                      (1 to 3 code points; c.lower() of 'Σ' alone is 'σ',
                      the final-sigma context is applied by the C code)
"""
import os
import random
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NCP = 0x110000

# Flag bits: keep in sync with src/obj/ucs_chars.c.
FLAGS = ["alpha", "decimal", "digit", "numeric", "space", "lower", "upper",
         "title", "printable", "xid_start", "xid_continue", "cased",
         "case_ignorable", "linebreak"]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
EXT_UPPER, EXT_LOWER, EXT_TITLE, EXT_FOLD = 1 << 14, 1 << 15, 1 << 16, 1 << 17
DEC_SHIFT, DIG_SHIFT = 20, 24  # 4-bit fields; 0xF = none


def props(cp):
    c = chr(cp)
    f = 0
    if c.isalpha(): f |= BIT["alpha"]
    if c.isdecimal(): f |= BIT["decimal"]
    if c.isdigit(): f |= BIT["digit"]
    if c.isnumeric(): f |= BIT["numeric"]
    if c.isspace(): f |= BIT["space"]
    if c.islower(): f |= BIT["lower"]
    if c.isupper(): f |= BIT["upper"]
    if unicodedata.category(c) == "Lt": f |= BIT["title"]
    if c.isprintable(): f |= BIT["printable"]
    if c.isidentifier(): f |= BIT["xid_start"]
    if ("a" + c).isidentifier(): f |= BIT["xid_continue"]
    cased = bool(f & (BIT["lower"] | BIT["upper"] | BIT["title"]))
    if cased:
        f |= BIT["cased"]
        ci = not (c + "\u03a3").lower().endswith("\u03c2")
    else:
        ci = ("A" + c + "\u03a3").lower().endswith("\u03c2")
    if ci: f |= BIT["case_ignorable"]
    if len(("a" + c + "b").splitlines()) == 2: f |= BIT["linebreak"]
    d = unicodedata.decimal(c, -1)
    g = unicodedata.digit(c, -1)
    f |= (d & 0xF) << DEC_SHIFT
    f |= (g & 0xF) << DIG_SHIFT
    return f


def build_db():
    ext = []          # extended case data (code points)
    ext_index = {}
    records = []
    rec_index = {}
    per_cp = []
    for cp in range(NCP):
        c = chr(cp)
        f = props(cp)
        maps = []
        for bit, s in ((EXT_UPPER, c.upper()), (EXT_LOWER, c.lower()),
                       (EXT_TITLE, c.title()), (EXT_FOLD, c.casefold())):
            if len(s) == 1:
                maps.append(ord(s) - cp)
            else:
                t = tuple(ord(x) for x in s)
                if t not in ext_index:
                    ext_index[t] = len(ext)
                    ext.extend(t)
                maps.append(ext_index[t] | (len(t) << 24))
                f |= bit
        rec = (f,) + tuple(maps)
        if rec not in rec_index:
            rec_index[rec] = len(records)
            records.append(rec)
        per_cp.append(rec_index[rec])
    return records, per_cp, ext


def splitbins(t):
    """Best (shift, index1, index2) with t[i] == index2[(index1[i>>shift]<<shift) + (i & mask)]."""
    best = None
    for shift in range(4, 12):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for i in range(0, len(t), size):
            b = tuple(t[i:i + size])
            if b not in blocks:
                blocks[b] = len(index2) >> shift
                index2.extend(b)
            index1.append(blocks[b])
        w1 = 1 if max(index1) < 256 else 2
        w2 = 1 if max(index2) < 256 else 2
        cost = len(index1) * w1 + len(index2) * w2
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1], best[2], best[3]


def ctype(a):
    m = max(a)
    return "uint8_t" if m < 256 else "uint16_t" if m < 65536 else "uint32_t"


def carray(name, typ, vals, per_line=16, fmt="%d"):
    out = ["static const %s %s[%d] = {" % (typ, name, len(vals))]
    for i in range(0, len(vals), per_line):
        out.append("    " + ",".join(fmt % v for v in vals[i:i + per_line]) + ",")
    out.append("};")
    return "\n".join(out)


HEADER = """/*
 * %s - GENERATED by tools/ucs_oracle.py from CPython %s
 * (Unicode %s).  Do not edit; rerun the script.
 *
 * Data, not code: every value is what CPython's str methods answer for one
 * code point (see the script's docstring for how each property is read).
 */
"""


def write_db(path):
    records, per_cp, ext = build_db()
    shift, index1, index2 = splitbins(per_cp)
    lines = [HEADER % ("ucs_db.h", sys.version.split()[0], unicodedata.unidata_version)]
    lines.append("/* Included once, by src/obj/ucs_chars.c. */")
    lines.append("#define UCS_DB_SHIFT %d" % shift)
    lines.append("#define UCS_DB_UNICODE \"%s\"" % unicodedata.unidata_version)
    lines.append("#define UCS_DB_NRECORDS %d" % len(records))
    lines.append("")
    lines.append("/* {flags, upper, lower, title, fold}: see ucs_chars.c for the layout. */")
    lines.append("static const UcsRecord ucs_records[%d] = {" % len(records))
    for r in records:
        lines.append("    {0x%07x,%d,%d,%d,%d}," % r)
    lines.append("};")
    lines.append("")
    lines.append(carray("ucs_ext", "uint32_t", ext, 8, "0x%05x"))
    lines.append("")
    lines.append(carray("ucs_index1", ctype(index1), index1, 20))
    lines.append("")
    lines.append(carray("ucs_index2", ctype(index2), index2, 20))
    with open(path, "w") as fp:
        fp.write("\n".join(lines) + "\n")
    return len(records), len(ext), shift, len(index1), len(index2)


# ---------------------------------------------------------------------------
# Test vectors

FNV_OFF = 0xcbf29ce484222325
FNV_PRIME = 0x100000001b3
M64 = (1 << 64) - 1


class Fnv:
    """FNV-1a over 32-bit words (each word fed as 4 little-endian bytes)."""
    def __init__(self):
        self.h = FNV_OFF

    def word(self, w):
        h = self.h
        for k in range(4):
            h ^= (w >> (8 * k)) & 0xFF
            h = (h * FNV_PRIME) & M64
        self.h = h

    def words(self, ws):
        for w in ws:
            self.word(w)


PREDS = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum",
         "isspace", "isupper", "islower", "istitle", "isprintable",
         "isidentifier", "isascii"]
CASES = ["lower", "upper", "casefold", "swapcase", "capitalize", "title"]


def cstr(s):
    """A C string literal holding the UTF-8 of s (surrogates never occur)."""
    out = []
    for b in s.encode("utf-8"):
        if 32 <= b < 127 and chr(b) not in '"\\?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


# Bytes used for the 3rd/4th byte of the structured decode sweep.
DEC_K = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF]
REASONS = ["invalid start byte", "invalid continuation byte", "unexpected end of data"]


def dec_outcome(h, b):
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError as e:
        h.words((1, e.start, e.end, REASONS.index(e.reason)))
        return
    h.word(0)
    h.word(len(s))
    h.words(ord(x) for x in s)


def decode_sweeps():
    """Hashes of decode outcomes; enumeration order mirrored in test_ucs.c."""
    h12 = Fnv()
    for a in range(256):
        dec_outcome(h12, bytes([a]))
    for a in range(256):
        for b in range(256):
            dec_outcome(h12, bytes([a, b]))
    h3 = Fnv()
    for a in range(256):
        for b in range(256):
            for c in DEC_K:
                dec_outcome(h3, bytes([a, b, c]))
    h4 = Fnv()
    for a in range(0xC0, 0x100):
        for b in range(256):
            for c in DEC_K:
                for d in DEC_K:
                    dec_outcome(h4, bytes([a, b, c, d]))
    return h12.h, h3.h, h4.h


def write_vectors(path):
    L = [HEADER % ("ucs_vectors.h", sys.version.split()[0], unicodedata.unidata_version)]
    L.append("#include <stdint.h>\n")
    L.append("#define UV_UNICODE \"%s\"\n" % unicodedata.unidata_version)

    # Per-code-point predicate and case-map hashes, one per plane.
    ph = {p: [Fnv() for _ in range(17)] for p in PREDS}
    ch = {c: [Fnv() for _ in range(17)] for c in CASES}
    dec = [Fnv() for _ in range(17)]
    for cp in range(NCP):
        c = chr(cp)
        pl = cp >> 16
        for p in PREDS:
            ph[p][pl].word(1 if getattr(c, p)() else 0)
        for m in CASES:
            s = getattr(c, m)()
            ch[m][pl].word(len(s))
            ch[m][pl].words(ord(x) for x in s)
        dec[pl].word(unicodedata.decimal(c, -1) & 0xFFFFFFFF)
        dec[pl].word(unicodedata.digit(c, -1) & 0xFFFFFFFF)
    L.append("/* FNV-1a per plane over every code point: predicate -> word 0/1 of")
    L.append(" * chr(cp).isX(); case op -> len, then the code points of the result. */")
    L.append("static const char *const uv_pred_names[%d] = {%s};" % (len(PREDS), ", ".join('"%s"' % p for p in PREDS)))
    L.append("static const uint64_t uv_pred_hash[%d][17] = {" % len(PREDS))
    for p in PREDS:
        L.append("    {" + ",".join("0x%016xu" % x.h for x in ph[p]) + "},")
    L.append("};")
    L.append("static const char *const uv_case_names[%d] = {%s};" % (len(CASES), ", ".join('"%s"' % c for c in CASES)))
    L.append("static const uint64_t uv_case_hash[%d][17] = {" % len(CASES))
    for m in CASES:
        L.append("    {" + ",".join("0x%016xu" % x.h for x in ch[m]) + "},")
    L.append("};")
    L.append("/* decimal value then digit value (-1 = none) of every code point */")
    L.append("static const uint64_t uv_numval_hash[17] = {" + ",".join("0x%016xu" % x.h for x in dec) + "};\n")

    # Every decimal code point with its value, as runs of ten.
    runs = []
    cp = 0
    while cp < NCP:
        if chr(cp).isdecimal():
            runs.append(cp)
            for k in range(10):
                assert unicodedata.decimal(chr(cp + k)) == k
            cp += 10
        else:
            cp += 1
    L.append("/* Every Nd code point lies in a run of ten starting at a zero. */")
    L.append("static const uint32_t uv_decimal_runs[%d] = {%s};\n" % (len(runs), ",".join("0x%x" % r for r in runs)))

    # Decoding sweeps.
    h12, h3, h4 = decode_sweeps()
    L.append("/* UTF-8 decoding sweeps: FNV of outcomes, ok -> 0,len,cps; error ->")
    L.append(" * 1,start,end,reason (index in uv_reasons).  Order: see test_ucs.c. */")
    L.append("static const char *const uv_reasons[3] = {%s};" % ", ".join('"%s"' % r for r in REASONS))
    L.append("static const uint8_t uv_dec_k[%d] = {%s};" % (len(DEC_K), ",".join("0x%02x" % k for k in DEC_K)))
    L.append("static const uint64_t uv_dec_hash12 = 0x%016xu;" % h12)
    L.append("static const uint64_t uv_dec_hash3 = 0x%016xu;" % h3)
    L.append("static const uint64_t uv_dec_hash4 = 0x%016xu;\n" % h4)

    # Decode error messages for explicit inputs.
    dec_cases = [b"abc\xff", b"\x80", b"ab\xc3", b"\xe2\x82", b"\xe2\x82A", b"\xe2A",
                 b"\xf0\x90\x80", b"\xf0\x90\x80A", b"\xf0\x90A", b"\xf0\x80\x80\x80",
                 b"\xc0\x80", b"\xc1\xbf", b"\xed\xa0\x80", b"\xed\x9f\xbf\xed\xa0",
                 b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xf4\x8f\xbf\xbf\xf4",
                 b"x\xe0\x9f\x80", b"\xe0\xa0", b"\xe0\x9f", b"\xf4\x90", b"\xf4\x8f",
                 b"\xf0\x8f", b"\xf0\x90", b"\xf0\x90\x41", b"\xf0\x90\x80\x41",
                 b"\xfe\xff", b"ok\xc2\xa9\xe2\x82\xac\xf0\x9f\x98\x80", b""]
    L.append("typedef struct { const char *in; unsigned inlen; const char *msg; } UvDecode;")
    L.append("/* msg: str(UnicodeDecodeError), or the decoded text as UTF-8 */")
    L.append("static const UvDecode uv_decode[%d] = {" % len(dec_cases))
    for b in dec_cases:
        try:
            msg = "OK:" + b.decode()
        except UnicodeDecodeError as e:
            msg = str(e)
        lit = '"' + "".join("\\x%02x" % x for x in b) + '"'
        L.append("    {%s, %d, %s}," % (lit, len(b), cstr(msg)))
    L.append("};\n")

    # Encode error messages.
    enc_cases = ["\ud800", "ab\udfff", "\ud800\udc00", "x\ud83d\ude00y\udc80",
                 "\u00e9\ud800", "\U0001f600\udbff\udfff\udbff"]
    L.append("typedef struct { uint32_t cps[8]; unsigned n; const char *msg; } UvEncode;")
    L.append("static const UvEncode uv_encode[%d] = {" % len(enc_cases))
    for s in enc_cases:
        try:
            s.encode()
            msg = "OK"
        except UnicodeEncodeError as e:
            msg = str(e)
        L.append("    {{%s}, %d, %s}," % (",".join("0x%x" % ord(x) for x in s), len(s), cstr(msg)))
    L.append("};\n")

    # Random strings for string-level case maps and predicates.
    rnd = random.Random(393)
    alphabet = ("aAzZ09 _\t\n.'-\u00b7\u00df\u0130\u0131\u01c4\u01c5\u01c6\u03a3\u03c3"
                "\u03c2\u0345\u0300\u02b0\u1e9e\ufb01\ufb03\u1f80\u1f88\u0587\u2160"
                "\u0660\u00bd\u2028\u3000\u00e9\u00c9\u2126\u212a\U00010400\U00010428"
                "\U0001d7ce\u0041\u0301\u00ad\u200b\u0149\u1e96\u0390")
    strs = ["", "Σ", "ΑΣ", "ΑΣ Α", "ΑΣ.Α", "Α'Σ", "ΑΣ'", "ΑΣ'Α", "Α\u0345Σ\u0345", "\u02b0Σ",
            "hello world", "ǅungla", "ﬁsh ﬂour", "straße", "İstanbul", "ŉ", "ὒ", "ᾳᾼ",
            "they're bill's", "ABC DEF", "Abc Def", "abc", "_x1", "1x", "x\u0300", "\u2160\u2161",
            "Ǆ", "ǈa", "ǋ", "\U00010400\U00010428", "a\u00adb", "Hello\u2028World"]
    for _ in range(250):
        n = rnd.randint(1, 8)
        strs.append("".join(rnd.choice(alphabet) for _ in range(n)))
    L.append("/* Strings with CPython's answers: six case maps, then isupper islower")
    L.append(" * istitle isidentifier isspace isalnum isprintable as bits 0..6. */")
    L.append("typedef struct { const char *in; const char *out[6]; unsigned preds; } UvStr;")
    L.append("static const UvStr uv_strs[%d] = {" % len(strs))
    for s in strs:
        outs = ", ".join(cstr(getattr(s, m)()) for m in CASES)
        pb = sum((1 << i) for i, p in enumerate(["isupper", "islower", "istitle", "isidentifier",
                                                 "isspace", "isalnum", "isprintable"])
                 if getattr(s, p)())
        L.append("    {%s, {%s}, %d}," % (cstr(s), outs, pb))
    L.append("};\n")

    # Whitespace split / strip / splitlines on random strings.
    walpha = "ab \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000\u200bé\u0100"
    sp = ["", " ", "  a  b  ", "a\r\nb\rc\nd", "\r\n\r\n", "a\n", "\n", "abc",
          "x\x0by\x0cz\x1cw\x1d\x1e\x85\u2028\u2029", "\u3000a\u3000"]
    for _ in range(200):
        sp.append("".join(rnd.choice(walpha) for _ in range(rnd.randint(0, 10))))
    sep = "\x01"
    L.append("/* split(), rsplit(None, 1), split(None, 1), strip, lstrip, rstrip,")
    L.append(" * splitlines(), splitlines(True); list items joined by \\001 */")
    L.append("typedef struct { const char *in; const char *out[8]; } UvSplit;")
    L.append("static const UvSplit uv_split[%d] = {" % len(sp))
    for s in sp:
        outs = [sep.join(s.split()), sep.join(s.rsplit(None, 1)), sep.join(s.split(None, 1)),
                s.strip(), s.lstrip(), s.rstrip(), sep.join(s.splitlines()),
                sep.join(s.splitlines(True))]
        L.append("    {%s, {%s}}," % (cstr(s), ", ".join(cstr(o) for o in outs)))
    L.append("};\n")

    # find / rfind / count / startswith / endswith index semantics.
    hay = "abcabca"
    needles = ["", "a", "ca", "abca", "x", "abcabcax"]
    starts = [None, -9, -3, -1, 0, 1, 3, 6, 7, 8]
    ends = [None, -9, -2, 0, 1, 4, 7, 9]
    NONE = -(1 << 40)
    rows = []
    for nd in needles:
        for st in starts:
            for en in ends:
                rows.append((nd, st, en, hay.find(nd, st, en), hay.rfind(nd, st, en),
                             hay.count(nd, st, en), int(hay.startswith(nd, st, en)),
                             int(hay.endswith(nd, st, en))))
    L.append("/* On \"%s\": needle, start, end (UV_NONE = omitted), find rfind count" % hay)
    L.append(" * startswith endswith */")
    L.append("#define UV_NONE ((long long)%d)" % NONE)
    L.append("static const char uv_find_hay[] = %s;" % cstr(hay))
    L.append("typedef struct { const char *needle; long long start, end; int find, rfind, count, sw, ew; } UvFind;")
    L.append("static const UvFind uv_find[%d] = {" % len(rows))
    for (nd, st, en, f, rf, c, sw, ew) in rows:
        L.append("    {%s, %s, %s, %d, %d, %d, %d, %d}," % (
            cstr(nd), "UV_NONE" if st is None else st, "UV_NONE" if en is None else en,
            f, rf, c, sw, ew))
    L.append("};\n")

    # expandtabs and int()-style digit transformation.
    tabs = ["", "\t", "a\tb", "ab\tc\td", "\u00e9\t\u4e00\t|", "a\nb\tc", "a\rbb\tc", "\t\t"]
    L.append("typedef struct { const char *in; int tab; const char *out; } UvTabs;")
    rows = [(s, t) for s in tabs for t in (8, 4, 1, 0, -1)]
    L.append("static const UvTabs uv_tabs[%d] = {" % len(rows))
    for s, t in rows:
        L.append("    {%s, %d, %s}," % (cstr(s), t, cstr(s.expandtabs(t))))
    L.append("};\n")

    with open(path, "w") as fp:
        fp.write("\n".join(L) + "\n")


def main():
    info = write_db(os.path.join(ROOT, "src/obj/ucs_db.h"))
    print("ucs_db.h: %d records, %d ext, shift %d, index1 %d, index2 %d" % info)
    write_vectors(os.path.join(ROOT, "tests/unit/ucs_vectors.h"))
    print("ucs_vectors.h written")


if __name__ == "__main__":
    main()
