/*
 * ucs_names.c - the Unicode character name table and its two questions:
 * which name has this code point, which code point has this name.
 *
 * WHERE NAMES COME FROM (as CPython's unicodedata, Unicode 14.0)
 *
 *   computed   CJK UNIFIED IDEOGRAPH-4E00   the code point in hex, for the
 *                                           ranges in un_cjk_ranges
 *              HANGUL SYLLABLE GAG          spelled from the syllable's
 *                                           jamo: (L * 21 + V) * 28 + T
 *              CJK COMPATIBILITY IDEOGRAPH-F900, KHITAN SMALL SCRIPT
 *              CHARACTER-18B00, NUSHU CHARACTER-1B170: stored by CPython,
 *              but they too are a prefix and the hex code point, so they
 *              are ranges here (un_hex_ranges)
 *   stored     the 32,647 other names, then 470 name aliases (NULL, LF,
 *              LATIN CAPITAL LETTER GHA, ...) and 461 named sequences
 *              (LATIN SMALL LETTER R WITH TILDE = r + U+0303); each has an
 *              ORDINAL: code point names 0.. in code point order, then the
 *              aliases, then the sequences.
 *
 * HOW THE STORED NAMES ARE COMPRESSED (ucs_names_db.h, ~280 KB in all)
 *
 *   lexicon    the 12,459 distinct words, most frequent first.  A name is
 *              cut after each space and hyphen ("HYPHEN-" "MINUS"); a word
 *              is followed by a space unless it ends in '-' or ' ' or is
 *              the last.  Words are stored back to back, the last letter of
 *              each with bit 7 set; un_lexicon_at has every 8th offset.
 *   codes      word w is one byte w when w < UN_NSHORT (the 208 commonest
 *              words), else two bytes: UN_NSHORT + (w' >> 8), w' & 0xFF
 *              with w' = w - UN_NSHORT.
 *   phrases    names in ordinal order, FRONT CODED by words: a name is one
 *              byte (shared << 4 | new) -- it repeats the first `shared`
 *              words of the name before it ("LATIN SMALL LETTER A WITH
 *              GRAVE" -> "LATIN SMALL LETTER A WITH ACUTE" stores one new
 *              word) -- then the codes of its `new` words.  Every UN_BLOCK
 *              (32) names a block starts with shared = 0; un_block_at
 *              holds the blocks' offsets, so decoding a name reads at most
 *              32 entries.
 *   code point -> ordinal   un_run_start / un_run_ord: the runs of
 *              consecutive named code points (686), binary searched.
 *   name -> ordinal         un_sorted: every ordinal in the byte order of
 *              the names, binary searched (16 probes, each decoding one
 *              name).  Stored names are upper case, and CPython matches
 *              them whatever the case, so the query is upper-cased first.
 */
#include "obj/ucs_names.h"

#include <stdio.h>
#include <string.h>

#include "obj/ucs_names_db.h"

#define SBASE 0xAC00u
#define LCOUNT 19u
#define VCOUNT 21u
#define TCOUNT 28u
#define NSYLLABLES (LCOUNT * VCOUNT * TCOUNT)

_Static_assert(UN_MAXLEN <= GP_UCS_NAME_MAX, "GP_UCS_NAME_MAX too small");

/* ==== decoding stored names ============================================== */

/* Append word w to buf at *n. */
static void put_word(unsigned w, char *buf, size_t *n)
{
    size_t at = un_lexicon_at[w >> 3];
    for (unsigned skip = w & 7; skip; skip--)
        while (!(un_lexicon[at++] & 0x80)) {
        }
    for (;;) {
        uint8_t c = un_lexicon[at++];
        buf[(*n)++] = (char)(c & 0x7F);
        if (c & 0x80)
            break;
    }
}

/* The stored name of ordinal ord into buf (NUL terminated); its length. */
static size_t stored_name(unsigned ord, char *buf)
{
    unsigned words[UN_MAXWORDS];
    unsigned nw = 0;
    unsigned first = ord - ord % UN_BLOCK;
    size_t at = un_block_at[first / UN_BLOCK];
    for (unsigned k = first; k <= ord; k++) {
        uint8_t h = un_phrases[at++];
        nw = h >> 4;
        for (unsigned j = h & 15u; j; j--) {
            unsigned w = un_phrases[at++];
            if (w >= UN_NSHORT)
                w = UN_NSHORT + ((w - UN_NSHORT) << 8 | un_phrases[at++]);
            words[nw++] = w;
        }
    }
    size_t n = 0;
    for (unsigned i = 0; i < nw; i++) {
        put_word(words[i], buf, &n);
        if (i + 1 < nw && buf[n - 1] != '-' && buf[n - 1] != ' ')
            buf[n++] = ' ';
    }
    buf[n] = '\0';
    return n;
}

/* The run holding code point `key` (by_ordinal 0) or ordinal `key`
 * (by_ordinal 1): the last run starting at or before it. */
static size_t find_run(uint32_t key, int by_ordinal)
{
    size_t lo = 0, hi = UN_NRUNS;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((by_ordinal ? un_run_ord[mid] : un_run_start[mid]) <= key)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The ordinal of code point cp's stored name, or -1. */
static long cp_ordinal(uint32_t cp)
{
    if (cp < un_run_start[0])
        return -1;
    size_t r = find_run(cp, 0);
    uint32_t off = cp - un_run_start[r];
    if (off >= (uint32_t)(un_run_ord[r + 1] - un_run_ord[r]))
        return -1;
    return (long)un_run_ord[r] + (long)off;
}

/* ==== computed names ===================================================== */

static int in_cjk(uint32_t cp)
{
    for (size_t i = 0; i < sizeof un_cjk_ranges / sizeof un_cjk_ranges[0]; i++)
        if (cp >= un_cjk_ranges[i][0] && cp <= un_cjk_ranges[i][1])
            return 1;
    return 0;
}

/* The prefix index of cp's PREFIX-XXXX name, or -1. */
static int hex_prefix_of(uint32_t cp)
{
    for (size_t i = 0; i < sizeof un_hex_ranges / sizeof un_hex_ranges[0]; i++)
        if (cp >= un_hex_ranges[i][1] && cp <= un_hex_ranges[i][2])
            return (int)un_hex_ranges[i][0];
    return -1;
}

static size_t put_str(char *buf, size_t n, const char *s)
{
    size_t k = strlen(s);
    memcpy(buf + n, s, k);
    buf[n + k] = '\0';
    return n + k;
}

size_t gp_ucs_char_name(uint32_t cp, char *buf)
{
    buf[0] = '\0';
    if (cp >= SBASE && cp < SBASE + NSYLLABLES) {
        uint32_t s = cp - SBASE;
        size_t n = put_str(buf, 0, "HANGUL SYLLABLE ");
        n = put_str(buf, n, un_jamo_l[s / (VCOUNT * TCOUNT)]);
        n = put_str(buf, n, un_jamo_v[s % (VCOUNT * TCOUNT) / TCOUNT]);
        return put_str(buf, n, un_jamo_t[s % TCOUNT]);
    }
    if (in_cjk(cp))
        return (size_t)snprintf(buf, GP_UCS_NAME_MAX + 1, "CJK UNIFIED IDEOGRAPH-%04X", cp);
    int p = hex_prefix_of(cp);
    if (p >= 0)
        return (size_t)snprintf(buf, GP_UCS_NAME_MAX + 1, "%s%04X", un_hex_prefix[p], cp);
    long ord = cp_ordinal(cp);
    return ord < 0 ? 0 : stored_name((unsigned)ord, buf);
}

/* ==== lookup by name ===================================================== */

/* CPython's find_syllable: the longest of the column's jamo names that
 * starts s[0..n); its length into *len (0 when none) and its index into
 * *idx (left alone when none). */
static void find_jamo(const char *s, size_t n, const char *const *names, unsigned count,
                      size_t *len, int *idx)
{
    long best = -1;
    for (unsigned i = 0; i < count; i++) {
        size_t k = strlen(names[i]);
        if ((long)k <= best || k > n)
            continue;
        if (memcmp(s, names[i], k) == 0) {
            best = (long)k;
            *idx = (int)i;
        }
    }
    *len = best < 0 ? 0 : (size_t)best;
}

static int hangul_lookup(const char *name, size_t len, uint32_t *cp)
{
    const char *s = name + 16, *end = name + len;
    int L = -1, V = -1, T = -1;
    size_t k;
    find_jamo(s, (size_t)(end - s), un_jamo_l, LCOUNT, &k, &L);
    s += k;
    find_jamo(s, (size_t)(end - s), un_jamo_v, VCOUNT, &k, &V);
    s += k;
    find_jamo(s, (size_t)(end - s), un_jamo_t, TCOUNT, &k, &T);
    s += k;
    if (L < 0 || V < 0 || T < 0 || s != end)
        return 0;
    *cp = SBASE + ((uint32_t)L * VCOUNT + (uint32_t)V) * TCOUNT + (uint32_t)T;
    return 1;
}

/* The value of hex digits s[0..n) (upper case only), or -1. */
static long hex_value(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (c - 'A' + 10);
        else
            return -1;
    }
    return v;
}

/* Byte order of a[0..an) and the NUL-terminated b[0..bn). */
static int compare(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : an < bn ? -1 : an > bn;
}

int gp_ucs_lookup_name(const char *name, size_t len, int accept,
                       uint32_t out[GP_UCS_NAME_SEQ_MAX])
{
    if (len > GP_UCS_NAME_MAX)
        return 0;
    /* computed names, matched as written (CPython 3.11 does the same) */
    if (len >= 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0)
        return hangul_lookup(name, len, &out[0]);
    if (len >= 22 && memcmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        long v = (len == 26 || len == 27) ? hex_value(name + 22, len - 22) : -1;
        if (v < 0 || !in_cjk((uint32_t)v))
            return 0;
        out[0] = (uint32_t)v;
        return 1;
    }

    char up[GP_UCS_NAME_MAX + 1];
    for (size_t i = 0; i < len; i++)
        up[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 'a' + 'A') : name[i];
    up[len] = '\0';

    /* PREFIX-XXXX: the stored spelling is "%04X" of the code point */
    for (size_t p = 0; p < sizeof un_hex_prefix / sizeof un_hex_prefix[0]; p++) {
        size_t k = strlen(un_hex_prefix[p]);
        if (len < k || memcmp(up, un_hex_prefix[p], k) != 0)
            continue;
        size_t digits = len - k;
        long v = (digits >= 4 && digits <= 6 && (digits == 4 || up[k] != '0'))
                     ? hex_value(up + k, digits) : -1;
        if (v < 0 || hex_prefix_of((uint32_t)v) != (int)p)
            return 0;
        out[0] = (uint32_t)v;
        return 1;
    }

    char buf[GP_UCS_NAME_MAX + 1];
    size_t lo = 0, hi = UN_NNAMES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        unsigned ord = un_sorted[mid];
        int c = compare(up, len, buf, stored_name(ord, buf));
        if (c < 0) {
            hi = mid;
        } else if (c > 0) {
            lo = mid + 1;
        } else if (ord < UN_NCPNAMES) {
            size_t r = find_run(ord, 1);
            out[0] = un_run_start[r] + (ord - un_run_ord[r]);
            return 1;
        } else if (ord < UN_NCPNAMES + UN_NALIASES) {
            if (!(accept & GP_UCS_NAME_ALIASES))
                return 0;
            out[0] = un_alias_cp[ord - UN_NCPNAMES];
            return 1;
        } else {
            if (!(accept & GP_UCS_NAME_SEQUENCES))
                return 0;
            const uint32_t *seq = &un_seq_cp[(ord - UN_NCPNAMES - UN_NALIASES) * 4];
            int n = 0;
            while (n < GP_UCS_NAME_SEQ_MAX && seq[n]) {
                out[n] = seq[n];
                n++;
            }
            return n;
        }
    }
    return 0;
}
