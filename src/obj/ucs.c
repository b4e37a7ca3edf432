/*
 * ucs.c - code point arrays: widths, copies, comparison, UTF-8, searching,
 * splitting, stripping, padding.  See ucs.h for the storage model and the
 * measure-then-write memory discipline (nothing here allocates).
 *
 * Inner loops that matter (search, compare, copy) are written once as
 * macros over the element types and instantiated per kind, as CPython's
 * stringlib does with its ucs1lib/ucs2lib/ucs4lib includes; everything
 * else reads through gp_ucs_get, which is cheap enough for it.
 */
#include "obj/ucs.h"

#include <stdio.h>
#include <string.h>

/* ======================================================================= */
/* Kinds, copies                                                            */

uint32_t gp_ucs_max_char(int kind, const void *data, size_t n)
{
    uint32_t mx = 0;
    switch (kind) {
    case 1: {
        const uint8_t *p = data;
        for (size_t i = 0; i < n; i++)
            if (p[i] > mx)
                mx = p[i];
        return mx;
    }
    case 2: {
        const uint16_t *p = data;
        for (size_t i = 0; i < n; i++)
            if (p[i] > mx)
                mx = p[i];
        return mx;
    }
    default: {
        const uint32_t *p = data;
        for (size_t i = 0; i < n; i++)
            if (p[i] > mx)
                mx = p[i];
        return mx;
    }
    }
}

uint32_t gp_ucs_max_char_step(int kind, const void *data, size_t start,
                              ptrdiff_t step, size_t n)
{
    uint32_t mx = 0;
    size_t i = start;
    for (size_t k = 0; k < n; k++, i += (size_t)step) {
        uint32_t c = gp_ucs_get(kind, data, i);
        if (c > mx)
            mx = c;
    }
    return mx;
}

#define COPY_LOOP(DT, ST)                                                    \
    do {                                                                     \
        DT *d_ = (DT *)dst + doff;                                           \
        const ST *s_ = (const ST *)src + soff;                               \
        for (size_t i_ = 0; i_ < n; i_++)                                    \
            d_[i_] = (DT)s_[i_];                                             \
    } while (0)

void gp_ucs_copy(int dkind, void *dst, size_t doff,
                 int skind, const void *src, size_t soff, size_t n)
{
    if (n == 0)
        return;
    if (dkind == skind) {
        memmove((char *)dst + doff * (size_t)dkind,
                (const char *)src + soff * (size_t)skind, n * (size_t)dkind);
        return;
    }
    switch (dkind * 8 + skind) {
    case 1 * 8 + 2: COPY_LOOP(uint8_t, uint16_t); break;
    case 1 * 8 + 4: COPY_LOOP(uint8_t, uint32_t); break;
    case 2 * 8 + 1: COPY_LOOP(uint16_t, uint8_t); break;
    case 2 * 8 + 4: COPY_LOOP(uint16_t, uint32_t); break;
    case 4 * 8 + 1: COPY_LOOP(uint32_t, uint8_t); break;
    case 4 * 8 + 2: COPY_LOOP(uint32_t, uint16_t); break;
    default: break;
    }
}

void gp_ucs_copy_step(int dkind, void *dst, int skind, const void *src,
                      size_t start, ptrdiff_t step, size_t n)
{
    if (step == 1) {
        gp_ucs_copy(dkind, dst, 0, skind, src, start, n);
        return;
    }
    size_t i = start;
    for (size_t k = 0; k < n; k++, i += (size_t)step)
        gp_ucs_set(dkind, dst, k, gp_ucs_get(skind, src, i));
}

void gp_ucs_fill(int kind, void *data, size_t start, size_t n, uint32_t ch)
{
    if (kind == 1) {
        memset((uint8_t *)data + start, (int)ch, n);
        return;
    }
    for (size_t i = 0; i < n; i++)
        gp_ucs_set(kind, data, start + i, ch);
}

size_t gp_ucs_slice_adjust(size_t length, ptrdiff_t *start, ptrdiff_t *stop,
                           ptrdiff_t step)
{
    ptrdiff_t len = (ptrdiff_t)length;
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start)
            return (size_t)((*start - *stop - 1) / (-step) + 1);
    } else if (*start < *stop) {
        return (size_t)((*stop - *start - 1) / step + 1);
    }
    return 0;
}

/* ======================================================================= */
/* Comparison                                                               */

int gp_ucs_compare(int k1, const void *d1, size_t n1,
                   int k2, const void *d2, size_t n2)
{
    size_t n = n1 < n2 ? n1 : n2;
    if (k1 == 1 && k2 == 1) {
        int c = n ? memcmp(d1, d2, n) : 0;  /* unsigned bytes: code point order */
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        for (size_t i = 0; i < n; i++) {
            uint32_t a = gp_ucs_get(k1, d1, i), b = gp_ucs_get(k2, d2, i);
            if (a != b)
                return a < b ? -1 : 1;
        }
    }
    return n1 < n2 ? -1 : n1 > n2 ? 1 : 0;
}

int gp_ucs_equal(int k1, const void *d1, size_t n1,
                 int k2, const void *d2, size_t n2)
{
    if (n1 != n2)
        return 0;
    if (k1 == k2)
        return n1 == 0 || memcmp(d1, d2, n1 * (size_t)k1) == 0;
    return gp_ucs_compare(k1, d1, n1, k2, d2, n2) == 0;
}

/* ======================================================================= */
/* UTF-8                                                                    */

/*
 * The decoder follows CPython's stringlib utf8_decode case by case, because
 * the error positions are part of the behaviour: an invalid continuation
 * byte makes the error cover the valid prefix of the sequence (1 to 3
 * bytes: "bytes in position 0-1"), a sequence cut short by the end of the
 * data covers everything up to the end, and a second byte that could never
 * continue the sequence (E0 80, ED A0, F0 80, F4 90: overlong, surrogate,
 * > U+10FFFF) is an invalid continuation byte even at the end of the data.
 */
static const char R_START[] = "invalid start byte";
static const char R_CONT[] = "invalid continuation byte";
static const char R_END[] = "unexpected end of data";

#define IS_CONT(b) (((b) & 0xC0) == 0x80)

/* One code point at s[i] (i < n): its value and length, or 0 and *err. */
static int utf8_one(const uint8_t *s, size_t n, size_t i, uint32_t *cp,
                    GpUcsError *err)
{
    uint32_t c = s[i];
    size_t left = n - i;
    size_t bad;                     /* bytes covered by the error */
    const char *why = R_CONT;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2 || c > 0xF4) {
        why = R_START;
        bad = 1;
        goto fail;
    }
    if (c < 0xE0) {
        if (left < 2)
            goto end;
        if (!IS_CONT(s[i + 1])) { bad = 1; goto fail; }
        *cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3Fu);
        return 2;
    }
    uint32_t c2 = left >= 2 ? s[i + 1] : 0;
    if (left >= 2) {
        int ok = IS_CONT(c2);
        if (c == 0xE0 && c2 < 0xA0) ok = 0;
        if (c == 0xED && c2 >= 0xA0) ok = 0;
        if (c == 0xF0 && c2 < 0x90) ok = 0;
        if (c == 0xF4 && c2 >= 0x90) ok = 0;
        if (!ok) { bad = 1; goto fail; }
    }
    if (c < 0xF0) {
        if (left < 3)
            goto end;
        if (!IS_CONT(s[i + 2])) { bad = 2; goto fail; }
        *cp = ((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (s[i + 2] & 0x3Fu);
        return 3;
    }
    if (left < 2)
        goto end;
    if (left < 3)
        goto end;
    if (!IS_CONT(s[i + 2])) { bad = 2; goto fail; }
    if (left < 4)
        goto end;
    if (!IS_CONT(s[i + 3])) { bad = 3; goto fail; }
    *cp = ((c & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((s[i + 2] & 0x3Fu) << 6)
          | (s[i + 3] & 0x3Fu);
    return 4;
end:
    why = R_END;
    bad = left;
fail:
    err->code = GP_UCS_DECODE_ERROR;
    err->start = i;
    err->end = i + bad;
    err->object_char = c;
    err->reason = why;
    return 0;
}

int gp_ucs_utf8_scan(const char *str, size_t n, GpUcsInfo *info, GpUcsError *err)
{
    const uint8_t *s = (const uint8_t *)str;
    size_t i = 0, len = 0;
    uint32_t mx = 0;
    while (i < n) {
        /* ASCII runs, a word at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080u)
                break;
            i += 8;
            len += 8;
        }
        if (i >= n)
            break;
        uint32_t cp;
        int k = utf8_one(s, n, i, &cp, err);
        if (!k)
            return -1;
        if (cp > mx)
            mx = cp;
        i += (size_t)k;
        len++;
    }
    /* the word loop skipped ASCII without looking at it */
    if (mx < 0x80)
        for (size_t j = 0; j < n; j++)
            if (s[j] > mx)
                mx = s[j];
    info->length = len;
    info->maxchar = mx;
    info->kind = gp_ucs_kind_for(mx);
    info->ascii = mx < 0x80;
    return 0;
}

size_t gp_ucs_utf8_decode(const char *str, size_t n, int kind, void *dst)
{
    const uint8_t *s = (const uint8_t *)str;
    size_t i = 0, k = 0;
    GpUcsError err;
    while (i < n) {
        uint32_t cp;
        int m = utf8_one(s, n, i, &cp, &err);
        if (!m)
            break;                  /* not scanned: stop, do not overrun */
        gp_ucs_set(kind, dst, k++, cp);
        i += (size_t)m;
    }
    return k;
}

static int is_surrogate(uint32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

int gp_ucs_utf8_size(int kind, const void *data, size_t n, size_t *size,
                     GpUcsError *err)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_ucs_get(kind, data, i);
        if (c < 0x80) {
            total += 1;
        } else if (c < 0x800) {
            total += 2;
        } else if (c < 0x10000) {
            if (is_surrogate(c)) {
                size_t j = i + 1;
                while (j < n && is_surrogate(gp_ucs_get(kind, data, j)))
                    j++;
                err->code = GP_UCS_ENCODE_ERROR;
                err->start = i;
                err->end = j;
                err->object_char = c;
                err->reason = "surrogates not allowed";
                return -1;
            }
            total += 3;
        } else {
            total += 4;
        }
    }
    *size = total;
    return 0;
}

size_t gp_ucs_utf8_encode(int kind, const void *data, size_t n, char *dst)
{
    uint8_t *o = (uint8_t *)dst;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_ucs_get(kind, data, i);
        if (c < 0x80) {
            o[k++] = (uint8_t)c;
        } else if (c < 0x800) {
            o[k++] = (uint8_t)(0xC0 | (c >> 6));
            o[k++] = (uint8_t)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            o[k++] = (uint8_t)(0xE0 | (c >> 12));
            o[k++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
            o[k++] = (uint8_t)(0x80 | (c & 0x3F));
        } else {
            o[k++] = (uint8_t)(0xF0 | (c >> 18));
            o[k++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
            o[k++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
            o[k++] = (uint8_t)(0x80 | (c & 0x3F));
        }
    }
    return k;
}

size_t gp_ucs_error_format(const GpUcsError *e, char *buf, size_t cap)
{
    int r;
    if (e->code == GP_UCS_DECODE_ERROR) {
        if (e->end == e->start + 1)
            r = snprintf(buf, cap, "'utf-8' codec can't decode byte 0x%02x in "
                         "position %zu: %s", (unsigned)e->object_char,
                         e->start, e->reason);
        else
            r = snprintf(buf, cap, "'utf-8' codec can't decode bytes in "
                         "position %zu-%zu: %s", e->start, e->end - 1, e->reason);
    } else if (e->code == GP_UCS_ENCODE_ERROR) {
        if (e->end == e->start + 1) {
            uint32_t c = e->object_char;
            char esc[16];
            if (c <= 0xFF)
                snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
            else if (c <= 0xFFFF)
                snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
            else
                snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c);
            r = snprintf(buf, cap, "'utf-8' codec can't encode character '%s' "
                         "in position %zu: %s", esc, e->start, e->reason);
        } else {
            r = snprintf(buf, cap, "'utf-8' codec can't encode characters in "
                         "position %zu-%zu: %s", e->start, e->end - 1, e->reason);
        }
    } else {
        r = snprintf(buf, cap, "no error");
    }
    return r < 0 ? 0 : (size_t)r;
}

/* ======================================================================= */
/* Searching                                                                */

/*
 * Raw searches over whole arrays (the slice bounds are applied by the
 * public functions through pointer offsets).  Needles of up to SHORT_NEEDLE
 * code points or in short haystacks use the plain loop (compare the last
 * character first, then the rest); longer ones use Horspool: the window
 * shifts by how far the character under its last position is from the
 * needle's end.  The shift table is indexed by the low 8 bits of a code
 * point; characters sharing them take the smallest shift of the group,
 * which is still safe.  Worst case O(n*m), typical O(n/m).
 *
 * Instantiated for all nine (haystack kind, needle kind) pairs.
 */
#define SHORT_NEEDLE 4

#define DEFINE_SEARCH(SUF, HT, NT)                                           \
static ptrdiff_t fwd_##SUF(const HT *h, size_t hn, const NT *nd, size_t nn)  \
{                                                                            \
    if (nn > hn)                                                             \
        return -1;                                                           \
    size_t last = nn - 1;                                                    \
    uint32_t lastc = nd[last];                                               \
    if (nn <= SHORT_NEEDLE || hn < 8 * nn) {                                 \
        for (size_t p = 0; p + nn <= hn; p++) {                              \
            if (h[p + last] != lastc)                                        \
                continue;                                                    \
            size_t j = 0;                                                    \
            while (j < last && h[p + j] == nd[j])                            \
                j++;                                                         \
            if (j == last)                                                   \
                return (ptrdiff_t)p;                                         \
        }                                                                    \
        return -1;                                                           \
    }                                                                        \
    size_t skip[256];                                                        \
    for (size_t b = 0; b < 256; b++)                                         \
        skip[b] = nn;                                                        \
    for (size_t j = 0; j < last; j++)                                        \
        skip[nd[j] & 0xFF] = last - j;                                       \
    for (size_t p = 0; p + nn <= hn;) {                                      \
        uint32_t c = h[p + last];                                            \
        if (c == lastc) {                                                    \
            size_t j = 0;                                                    \
            while (j < last && h[p + j] == nd[j])                            \
                j++;                                                         \
            if (j == last)                                                   \
                return (ptrdiff_t)p;                                         \
        }                                                                    \
        p += skip[c & 0xFF];                                                 \
    }                                                                        \
    return -1;                                                               \
}                                                                            \
static ptrdiff_t rev_##SUF(const HT *h, size_t hn, const NT *nd, size_t nn)  \
{                                                                            \
    if (nn > hn)                                                             \
        return -1;                                                           \
    uint32_t firstc = nd[0];                                                 \
    size_t p = hn - nn;                                                      \
    if (nn <= SHORT_NEEDLE || hn < 8 * nn) {                                 \
        for (;; p--) {                                                       \
            if (h[p] == firstc) {                                            \
                size_t j = 1;                                                \
                while (j < nn && h[p + j] == nd[j])                          \
                    j++;                                                     \
                if (j == nn)                                                 \
                    return (ptrdiff_t)p;                                     \
            }                                                                \
            if (p == 0)                                                      \
                return -1;                                                   \
        }                                                                    \
    }                                                                        \
    size_t skip[256];                                                        \
    for (size_t b = 0; b < 256; b++)                                         \
        skip[b] = nn;                                                        \
    for (size_t j = nn - 1; j > 0; j--)                                      \
        skip[nd[j] & 0xFF] = j;                                              \
    for (;;) {                                                               \
        uint32_t c = h[p];                                                   \
        if (c == firstc) {                                                   \
            size_t j = 1;                                                    \
            while (j < nn && h[p + j] == nd[j])                              \
                j++;                                                         \
            if (j == nn)                                                     \
                return (ptrdiff_t)p;                                         \
        }                                                                    \
        size_t s = skip[c & 0xFF];                                           \
        if (p < s)                                                           \
            return -1;                                                       \
        p -= s;                                                              \
    }                                                                        \
}

DEFINE_SEARCH(11, uint8_t, uint8_t)
DEFINE_SEARCH(12, uint8_t, uint16_t)
DEFINE_SEARCH(14, uint8_t, uint32_t)
DEFINE_SEARCH(21, uint16_t, uint8_t)
DEFINE_SEARCH(22, uint16_t, uint16_t)
DEFINE_SEARCH(24, uint16_t, uint32_t)
DEFINE_SEARCH(41, uint32_t, uint8_t)
DEFINE_SEARCH(42, uint32_t, uint16_t)
DEFINE_SEARCH(44, uint32_t, uint32_t)

/* First (rev: last) occurrence of nd in h[0..hn), nn >= 1; -1 if none. */
static ptrdiff_t search(int rev, int hk, const void *h, size_t hn,
                        int nk, const void *nd, size_t nn)
{
#define CASE(A, B, HT, NT)                                                   \
    case A * 8 + B:                                                          \
        return rev ? rev_##A##B((const HT *)h, hn, (const NT *)nd, nn)      \
                   : fwd_##A##B((const HT *)h, hn, (const NT *)nd, nn);
    if (nn == 1 && hk == 1 && !rev) {
        uint32_t c = gp_ucs_get(nk, nd, 0);
        if (c > 0xFF)
            return -1;
        const uint8_t *p = memchr(h, (int)c, hn);
        return p ? p - (const uint8_t *)h : -1;
    }
    switch (hk * 8 + nk) {
    CASE(1, 1, uint8_t, uint8_t)
    CASE(1, 2, uint8_t, uint16_t)
    CASE(1, 4, uint8_t, uint32_t)
    CASE(2, 1, uint16_t, uint8_t)
    CASE(2, 2, uint16_t, uint16_t)
    CASE(2, 4, uint16_t, uint32_t)
    CASE(4, 1, uint32_t, uint8_t)
    CASE(4, 2, uint32_t, uint16_t)
    CASE(4, 4, uint32_t, uint32_t)
    default: return -1;
    }
#undef CASE
}

/* CPython's ADJUST_INDICES: start/end relative to len, end clamped;
 * start may stay > len (then nothing is found). */
static void adjust(size_t len, ptrdiff_t *start, ptrdiff_t *end)
{
    ptrdiff_t n = (ptrdiff_t)len;
    if (*end > n)
        *end = n;
    else if (*end < 0) {
        *end += n;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += n;
        if (*start < 0)
            *start = 0;
    }
}

static const void *at(int kind, const void *data, ptrdiff_t i)
{
    return (const char *)data + (size_t)i * (size_t)kind;
}

ptrdiff_t gp_ucs_find(int hk, const void *h, size_t hn,
                      int nk, const void *nd, size_t nn,
                      ptrdiff_t start, ptrdiff_t end)
{
    adjust(hn, &start, &end);
    if (end - start < (ptrdiff_t)nn)
        return -1;
    if (nn == 0)
        return start;
    ptrdiff_t r = search(0, hk, at(hk, h, start), (size_t)(end - start), nk, nd, nn);
    return r < 0 ? -1 : r + start;
}

ptrdiff_t gp_ucs_rfind(int hk, const void *h, size_t hn,
                       int nk, const void *nd, size_t nn,
                       ptrdiff_t start, ptrdiff_t end)
{
    adjust(hn, &start, &end);
    if (end - start < (ptrdiff_t)nn)
        return -1;
    if (nn == 0)
        return end;
    ptrdiff_t r = search(1, hk, at(hk, h, start), (size_t)(end - start), nk, nd, nn);
    return r < 0 ? -1 : r + start;
}

size_t gp_ucs_count(int hk, const void *h, size_t hn,
                    int nk, const void *nd, size_t nn,
                    ptrdiff_t start, ptrdiff_t end, size_t maxcount)
{
    adjust(hn, &start, &end);
    if (end - start < (ptrdiff_t)nn)
        return 0;
    if (nn == 0) {
        size_t c = (size_t)(end - start) + 1;
        return c < maxcount ? c : maxcount;
    }
    size_t count = 0;
    while (count < maxcount && end - start >= (ptrdiff_t)nn) {
        ptrdiff_t r = search(0, hk, at(hk, h, start), (size_t)(end - start),
                             nk, nd, nn);
        if (r < 0)
            break;
        count++;
        start += r + (ptrdiff_t)nn;
    }
    return count;
}

static int tailmatch(int hk, const void *h, size_t hn, int nk, const void *nd,
                     size_t nn, ptrdiff_t start, ptrdiff_t end, int suffix)
{
    adjust(hn, &start, &end);
    end -= (ptrdiff_t)nn;
    if (end < start)
        return 0;
    if (nn == 0)
        return 1;
    ptrdiff_t off = suffix ? end : start;
    return gp_ucs_equal(hk, at(hk, h, off), nn, nk, nd, nn);
}

int gp_ucs_startswith(int hk, const void *h, size_t hn,
                      int nk, const void *nd, size_t nn,
                      ptrdiff_t start, ptrdiff_t end)
{
    return tailmatch(hk, h, hn, nk, nd, nn, start, end, 0);
}

int gp_ucs_endswith(int hk, const void *h, size_t hn,
                    int nk, const void *nd, size_t nn,
                    ptrdiff_t start, ptrdiff_t end)
{
    return tailmatch(hk, h, hn, nk, nd, nn, start, end, 1);
}

ptrdiff_t gp_ucs_find_char(int kind, const void *data, size_t n, size_t from,
                           uint32_t ch)
{
    if (from >= n)
        return -1;
    ptrdiff_t r = search(0, kind, at(kind, data, (ptrdiff_t)from), n - from,
                         4, &ch, 1);
    return r < 0 ? -1 : r + (ptrdiff_t)from;
}

/* ======================================================================= */
/* Splitting and stripping                                                  */

static int space_at(int kind, const void *data, size_t i)
{
    uint32_t c = gp_ucs_get(kind, data, i);
    if (c < 0x80)                   /* \t \n \v \f \r \x1c-\x1f and ' ' */
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
    return gp_ucs_isspace(c);
}

int gp_ucs_split_ws_next(int kind, const void *data, size_t n, size_t *pos,
                         int rest, size_t *start, size_t *end)
{
    size_t i = *pos;
    while (i < n && space_at(kind, data, i))
        i++;
    if (i == n) {
        *pos = n;
        return 0;
    }
    *start = i;
    if (rest) {
        i = n;
    } else {
        while (i < n && !space_at(kind, data, i))
            i++;
    }
    *end = *pos = i;
    return 1;
}

int gp_ucs_rsplit_ws_next(int kind, const void *data, size_t n, size_t *pos,
                          int rest, size_t *start, size_t *end)
{
    size_t i = *pos;                /* one past the unexamined part */
    (void)n;
    while (i > 0 && space_at(kind, data, i - 1))
        i--;
    if (i == 0) {
        *pos = 0;
        return 0;
    }
    *end = i;
    if (rest) {
        i = 0;
    } else {
        while (i > 0 && !space_at(kind, data, i - 1))
            i--;
    }
    *start = *pos = i;
    return 1;
}

int gp_ucs_splitlines_next(int kind, const void *data, size_t n, size_t *pos,
                           size_t *start, size_t *end, size_t *eol)
{
    size_t i = *pos;
    if (i >= n)
        return 0;
    *start = i;
    while (i < n && !gp_ucs_islinebreak(gp_ucs_get(kind, data, i)))
        i++;
    *end = i;
    if (i < n) {
        if (gp_ucs_get(kind, data, i) == '\r' && i + 1 < n
            && gp_ucs_get(kind, data, i + 1) == '\n')
            i += 2;
        else
            i++;
    }
    *eol = *pos = i;
    return 1;
}

void gp_ucs_strip_ws(int kind, const void *data, size_t n, int which,
                     size_t *start, size_t *end)
{
    size_t i = 0, j = n;
    if (which & GP_UCS_LEFT)
        while (i < j && space_at(kind, data, i))
            i++;
    if (which & GP_UCS_RIGHT)
        while (j > i && space_at(kind, data, j - 1))
            j--;
    *start = i;
    *end = j;
}

static int in_chars(int ck, const void *chars, size_t cn, uint32_t c)
{
    for (size_t k = 0; k < cn; k++)
        if (gp_ucs_get(ck, chars, k) == c)
            return 1;
    return 0;
}

void gp_ucs_strip_chars(int kind, const void *data, size_t n,
                        int ck, const void *chars, size_t cn, int which,
                        size_t *start, size_t *end)
{
    size_t i = 0, j = n;
    if (which & GP_UCS_LEFT)
        while (i < j && in_chars(ck, chars, cn, gp_ucs_get(kind, data, i)))
            i++;
    if (which & GP_UCS_RIGHT)
        while (j > i && in_chars(ck, chars, cn, gp_ucs_get(kind, data, j - 1)))
            j--;
    *start = i;
    *end = j;
}

/* ======================================================================= */
/* Padding and tabs                                                         */

void gp_ucs_center_margins(size_t n, size_t width, size_t *left, size_t *right)
{
    size_t marg = width > n ? width - n : 0;
    /* CPython: left = marg / 2 + (marg & width & 1) */
    *left = marg / 2 + (marg & width & 1);
    *right = marg - *left;
}

void gp_ucs_pad(int dkind, void *dst, size_t left, int skind, const void *src,
                size_t n, size_t right, uint32_t fill)
{
    gp_ucs_fill(dkind, dst, 0, left, fill);
    gp_ucs_copy(dkind, dst, left, skind, src, 0, n);
    gp_ucs_fill(dkind, dst, left + n, right, fill);
}

void gp_ucs_zfill(int dkind, void *dst, int skind, const void *src, size_t n,
                  size_t width)
{
    size_t fill = width > n ? width - n : 0;
    gp_ucs_pad(dkind, dst, fill, skind, src, n, 0, '0');
    if (fill && n) {
        uint32_t c = gp_ucs_get(dkind, dst, fill);
        if (c == '+' || c == '-') {
            gp_ucs_set(dkind, dst, 0, c);
            gp_ucs_set(dkind, dst, fill, '0');
        }
    }
}

size_t gp_ucs_expandtabs_size(int kind, const void *data, size_t n,
                              ptrdiff_t tabsize)
{
    size_t total = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_ucs_get(kind, data, i);
        size_t add;
        if (c == '\t') {
            if (tabsize <= 0)
                continue;
            add = (size_t)tabsize - col % (size_t)tabsize;
        } else {
            add = 1;
        }
        if (total > PTRDIFF_MAX - add || col > PTRDIFF_MAX - add)
            return SIZE_MAX;
        total += add;
        col += add;
        if (c == '\n' || c == '\r')
            col = 0;
    }
    return total;
}

void gp_ucs_expandtabs(int kind, const void *data, size_t n, ptrdiff_t tabsize,
                       void *dst)
{
    size_t k = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_ucs_get(kind, data, i);
        if (c == '\t') {
            if (tabsize > 0) {
                size_t add = (size_t)tabsize - col % (size_t)tabsize;
                gp_ucs_fill(kind, dst, k, add, ' ');
                k += add;
                col += add;
            }
        } else {
            gp_ucs_set(kind, dst, k++, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
}
