/*
 * test_ucs.c - the Unicode string layer (src/obj/ucs*.c) against CPython.
 *
 * Expected values come from ucs_vectors.h, written by tools/ucs_oracle.py
 * from python3 (never run at test time).  Whole-code-space properties are
 * compared as FNV-1a hashes per plane (the script hashes the same words in
 * the same order); the rest are explicit vectors, plus brute-force
 * references for searching on random strings of every kind combination.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <utf8proc.h>

#include "obj/ucs.h"
#include "ucs_vectors.h"

/* ---------------------------------------------------------------------- */
/* helpers                                                                 */

typedef struct { uint64_t h; } Fnv;

static void fnv_init(Fnv *f) { f->h = 0xcbf29ce484222325u; }

static void fnv_word(Fnv *f, uint32_t w)
{
    for (int k = 0; k < 4; k++) {
        f->h ^= (w >> (8 * k)) & 0xFF;
        f->h *= 0x100000001b3u;
    }
}

/* A text decoded from UTF-8 into its canonical kind (heap, test only). */
typedef struct { int kind; size_t n; void *data; } Text;

static Text text_utf8(const char *s, size_t len)
{
    GpUcsInfo info;
    GpUcsError err;
    Text t = {1, 0, NULL};
    if (gp_ucs_utf8_scan(s, len, &info, &err) != 0)
        fail_msg("bad UTF-8 in vector");
    t.kind = info.kind;
    t.n = info.length;
    t.data = malloc(info.length * (size_t)info.kind + 4);
    assert_int_equal(gp_ucs_utf8_decode(s, len, t.kind, t.data), t.n);
    return t;
}

static Text text_cstr(const char *s) { return text_utf8(s, strlen(s)); }

/* UTF-8 of a text, NUL-terminated, into a malloc'd buffer. */
static char *utf8_of(int kind, const void *data, size_t n)
{
    size_t size;
    GpUcsError err;
    assert_int_equal(gp_ucs_utf8_size(kind, data, n, &size, &err), 0);
    char *out = malloc(size + 1);
    assert_int_equal(gp_ucs_utf8_encode(kind, data, n, out), size);
    out[size] = 0;
    return out;
}

/* Canonical-kind one-code-point text. */
static int one(uint32_t cp, uint32_t buf[1])
{
    int k = gp_ucs_kind_for(cp);
    gp_ucs_set(k, buf, 0, cp);
    return k;
}

static const GpUcsClass pred_class[12] = {
    GP_UCS_IS_ALPHA, GP_UCS_IS_DECIMAL, GP_UCS_IS_DIGIT, GP_UCS_IS_NUMERIC,
    GP_UCS_IS_ALNUM, GP_UCS_IS_SPACE, GP_UCS_IS_UPPER, GP_UCS_IS_LOWER,
    GP_UCS_IS_TITLE, GP_UCS_IS_PRINTABLE, GP_UCS_IS_IDENTIFIER, GP_UCS_IS_ASCII
};
static const GpUcsCase case_op[6] = {
    GP_UCS_LOWER, GP_UCS_UPPER, GP_UCS_CASEFOLD, GP_UCS_SWAPCASE,
    GP_UCS_CAPITALIZE, GP_UCS_TITLECASE
};

/* ---------------------------------------------------------------------- */
/* character database over all 0x110000 code points                        */

static void test_predicates_every_code_point(void **state)
{
    (void)state;
    assert_string_equal(gp_ucs_unicode_version(), UV_UNICODE);
    for (int p = 0; p < 12; p++) {
        for (uint32_t plane = 0; plane < 17; plane++) {
            Fnv f;
            fnv_init(&f);
            for (uint32_t cp = plane << 16; cp < (plane + 1) << 16; cp++) {
                uint32_t buf[1];
                int k = one(cp, buf);
                fnv_word(&f, (uint32_t)gp_ucs_text_is(pred_class[p], k, buf, 1));
            }
            if (f.h != uv_pred_hash[p][plane])
                fail_msg("%s differs from CPython in plane %u", uv_pred_names[p],
                         (unsigned)plane);
        }
    }
}

static void test_case_maps_every_code_point(void **state)
{
    (void)state;
    for (int c = 0; c < 6; c++) {
        for (uint32_t plane = 0; plane < 17; plane++) {
            Fnv f;
            fnv_init(&f);
            for (uint32_t cp = plane << 16; cp < (plane + 1) << 16; cp++) {
                uint32_t buf[1], out[3], mx;
                int k = one(cp, buf);
                size_t n = gp_ucs_case_size(case_op[c], k, buf, 1, &mx);
                assert_true(n >= 1 && n <= 3);
                gp_ucs_case_map(case_op[c], k, buf, 1, 4, out);
                assert_int_equal(mx, gp_ucs_max_char(4, out, n));
                fnv_word(&f, (uint32_t)n);
                for (size_t i = 0; i < n; i++)
                    fnv_word(&f, out[i]);
            }
            if (f.h != uv_case_hash[c][plane])
                fail_msg("%s differs from CPython in plane %u", uv_case_names[c],
                         (unsigned)plane);
        }
    }
}

static void test_numeric_values(void **state)
{
    (void)state;
    for (uint32_t plane = 0; plane < 17; plane++) {
        Fnv f;
        fnv_init(&f);
        for (uint32_t cp = plane << 16; cp < (plane + 1) << 16; cp++) {
            fnv_word(&f, (uint32_t)gp_ucs_decimal(cp));
            fnv_word(&f, (uint32_t)gp_ucs_digit(cp));
        }
        assert_true(f.h == uv_numval_hash[plane]);
    }
    /* every decimal code point is in a run of ten valued 0..9 */
    size_t ndec = 0;
    for (uint32_t cp = 0; cp <= GP_UCS_MAX; cp++)
        ndec += (size_t)gp_ucs_isdecimal(cp);
    size_t nruns = sizeof uv_decimal_runs / sizeof uv_decimal_runs[0];
    assert_int_equal(ndec, 10 * nruns);
    for (size_t r = 0; r < nruns; r++)
        for (int k = 0; k < 10; k++)
            assert_int_equal(gp_ucs_decimal(uv_decimal_runs[r] + (uint32_t)k), k);
    /* out of range */
    assert_int_equal(gp_ucs_decimal(0x110000), -1);
    assert_false(gp_ucs_isalpha(0xFFFFFFFF));
    /* int()/float() of non-ASCII digits */
    Text t = text_cstr("\xd9\xa3\xd9\xa4\xe3\x80\x80-\xef\xbc\x91");  /* ٣٤ U+3000 -１ */
    char out[16];
    assert_int_equal(gp_ucs_to_ascii_digits(t.kind, t.data, t.n, out), 5);
    assert_memory_equal(out, "34 -1", 5);
    free(t.data);
    t = text_cstr("12\xc2\xbd");        /* ½ is numeric, not decimal */
    assert_int_equal(gp_ucs_to_ascii_digits(t.kind, t.data, t.n, out), 2);
    free(t.data);
}

/* An independent witness: utf8proc (Unicode 15) agrees on the categories
 * that did not change between 14 and 15. */
static void test_agrees_with_utf8proc(void **state)
{
    (void)state;
    for (uint32_t cp = 0; cp <= GP_UCS_MAX; cp++) {
        utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
        if (gp_ucs_isdecimal(cp))
            assert_int_equal(cat, UTF8PROC_CATEGORY_ND);
        assert_int_equal(gp_ucs_istitle(cp), cat == UTF8PROC_CATEGORY_LT);
        if (cat == UTF8PROC_CATEGORY_LU && gp_ucs_isalpha(cp))
            assert_true(gp_ucs_isupper(cp));
        if (cat == UTF8PROC_CATEGORY_ZS)
            assert_true(gp_ucs_isspace(cp));
    }
}

/* ---------------------------------------------------------------------- */
/* whole-text case maps and predicates                                     */

static void test_text_case_and_predicates(void **state)
{
    (void)state;
    static const GpUcsClass preds[7] = {
        GP_UCS_IS_UPPER, GP_UCS_IS_LOWER, GP_UCS_IS_TITLE, GP_UCS_IS_IDENTIFIER,
        GP_UCS_IS_SPACE, GP_UCS_IS_ALNUM, GP_UCS_IS_PRINTABLE
    };
    size_t nv = sizeof uv_strs / sizeof uv_strs[0];
    for (size_t v = 0; v < nv; v++) {
        Text t = text_cstr(uv_strs[v].in);
        for (int c = 0; c < 6; c++) {
            uint32_t mx;
            size_t n = gp_ucs_case_size(case_op[c], t.kind, t.data, t.n, &mx);
            int k = gp_ucs_kind_for(mx);
            void *out = malloc(n * (size_t)k + 1);
            gp_ucs_case_map(case_op[c], t.kind, t.data, t.n, k, out);
            assert_int_equal(gp_ucs_max_char(k, out, n), mx);
            char *u = utf8_of(k, out, n);
            if (strcmp(u, uv_strs[v].out[c]) != 0)
                fail_msg("'%s'.%s() = '%s', CPython '%s'", uv_strs[v].in,
                         uv_case_names[c], u, uv_strs[v].out[c]);
            free(u);
            free(out);
        }
        for (int p = 0; p < 7; p++) {
            int want = (uv_strs[v].preds >> p) & 1;
            if (gp_ucs_text_is(preds[p], t.kind, t.data, t.n) != want)
                fail_msg("predicate %d of '%s' should be %d", p, uv_strs[v].in, want);
        }
        free(t.data);
    }
}

/* ---------------------------------------------------------------------- */
/* UTF-8                                                                   */

static void dec_outcome(Fnv *f, const uint8_t *b, size_t n)
{
    GpUcsInfo info;
    GpUcsError err;
    uint32_t out[8];
    if (gp_ucs_utf8_scan((const char *)b, n, &info, &err) != 0) {
        int r = 0;
        while (r < 3 && strcmp(err.reason, uv_reasons[r]) != 0)
            r++;
        assert_true(r < 3);
        assert_int_equal(err.object_char, b[err.start]);
        fnv_word(f, 1);
        fnv_word(f, (uint32_t)err.start);
        fnv_word(f, (uint32_t)err.end);
        fnv_word(f, (uint32_t)r);
        return;
    }
    assert_int_equal(gp_ucs_utf8_decode((const char *)b, n, 4, out), info.length);
    assert_int_equal(info.maxchar, gp_ucs_max_char(4, out, info.length));
    fnv_word(f, 0);
    fnv_word(f, (uint32_t)info.length);
    for (size_t i = 0; i < info.length; i++)
        fnv_word(f, out[i]);
}

static void test_utf8_decode_sweeps(void **state)
{
    (void)state;
    Fnv f;
    uint8_t b[4];
    size_t nk = sizeof uv_dec_k;
    fnv_init(&f);
    for (int a = 0; a < 256; a++) {
        b[0] = (uint8_t)a;
        dec_outcome(&f, b, 1);
    }
    for (int a = 0; a < 256; a++)
        for (int c = 0; c < 256; c++) {
            b[0] = (uint8_t)a, b[1] = (uint8_t)c;
            dec_outcome(&f, b, 2);
        }
    assert_true(f.h == uv_dec_hash12);
    fnv_init(&f);
    for (int a = 0; a < 256; a++)
        for (int c = 0; c < 256; c++)
            for (size_t k = 0; k < nk; k++) {
                b[0] = (uint8_t)a, b[1] = (uint8_t)c, b[2] = uv_dec_k[k];
                dec_outcome(&f, b, 3);
            }
    assert_true(f.h == uv_dec_hash3);
    fnv_init(&f);
    for (int a = 0xC0; a < 256; a++)
        for (int c = 0; c < 256; c++)
            for (size_t k = 0; k < nk; k++)
                for (size_t l = 0; l < nk; l++) {
                    b[0] = (uint8_t)a, b[1] = (uint8_t)c;
                    b[2] = uv_dec_k[k], b[3] = uv_dec_k[l];
                    dec_outcome(&f, b, 4);
                }
    assert_true(f.h == uv_dec_hash4);
}

static void test_utf8_messages(void **state)
{
    (void)state;
    for (size_t v = 0; v < sizeof uv_decode / sizeof uv_decode[0]; v++) {
        const UvDecode *d = &uv_decode[v];
        GpUcsInfo info;
        GpUcsError err;
        char msg[200];
        if (gp_ucs_utf8_scan(d->in, d->inlen, &info, &err) == 0) {
            assert_memory_equal(d->msg, "OK:", 3);
            Text t = text_utf8(d->in, d->inlen);
            char *u = utf8_of(t.kind, t.data, t.n);
            assert_string_equal(u, d->msg + 3);
            assert_int_equal(info.ascii, info.maxchar < 0x80);
            free(u);
            free(t.data);
            continue;
        }
        assert_int_equal(err.code, GP_UCS_DECODE_ERROR);
        size_t len = gp_ucs_error_format(&err, msg, sizeof msg);
        assert_string_equal(msg, d->msg);
        assert_int_equal(len, strlen(d->msg));
    }
    for (size_t v = 0; v < sizeof uv_encode / sizeof uv_encode[0]; v++) {
        const UvEncode *e = &uv_encode[v];
        GpUcsError err;
        size_t size;
        char msg[200];
        assert_int_equal(gp_ucs_utf8_size(4, e->cps, e->n, &size, &err), -1);
        assert_int_equal(err.code, GP_UCS_ENCODE_ERROR);
        gp_ucs_error_format(&err, msg, sizeof msg);
        assert_string_equal(msg, e->msg);
    }
    /* truncated output is still NUL-terminated; the length is the full one */
    GpUcsError err = {GP_UCS_DECODE_ERROR, 3, 4, 0xff, "invalid start byte"};
    char small[10];
    assert_int_equal(gp_ucs_error_format(&err, small, sizeof small),
                     strlen("'utf-8' codec can't decode byte 0xff in position 3: "
                            "invalid start byte"));
    assert_string_equal(small, "'utf-8' c");
}

static void test_utf8_roundtrip_every_code_point(void **state)
{
    (void)state;
    for (uint32_t cp = 0; cp <= GP_UCS_MAX; cp++) {
        uint32_t in[3] = {'a', cp, 0x20AC}, back[3];
        char buf[16];
        size_t size;
        GpUcsError err;
        int bad = cp >= 0xD800 && cp <= 0xDFFF;
        assert_int_equal(gp_ucs_utf8_size(4, in, 3, &size, &err), bad ? -1 : 0);
        if (bad) {
            assert_int_equal(err.start, 1);
            assert_int_equal(err.end, 2);
            continue;
        }
        assert_int_equal(gp_ucs_utf8_encode(4, in, 3, buf), size);
        GpUcsInfo info;
        assert_int_equal(gp_ucs_utf8_scan(buf, size, &info, &err), 0);
        assert_int_equal(info.length, 3);
        assert_int_equal(info.maxchar, cp > 0x20AC ? cp : 0x20AC);
        gp_ucs_utf8_decode(buf, size, 4, back);
        assert_memory_equal(in, back, sizeof in);
    }
    /* kinds chosen by the scan; long ASCII runs take the word loop */
    const char *s = "0123456789abcdefghij\xc3\xa9";
    GpUcsInfo info;
    GpUcsError err;
    assert_int_equal(gp_ucs_utf8_scan(s, strlen(s), &info, &err), 0);
    assert_int_equal(info.kind, 1);
    assert_int_equal(info.length, 21);
    assert_int_equal(gp_ucs_utf8_scan(s, 20, &info, &err), 0);
    assert_int_equal(info.maxchar, 'j');
    assert_true(info.ascii);
    assert_int_equal(gp_ucs_utf8_scan("01234567\xe2\x82\xac", 11, &info, &err), 0);
    assert_int_equal(info.kind, 2);
    assert_int_equal(gp_ucs_utf8_scan("\xf0\x9f\x98\x80", 4, &info, &err), 0);
    assert_int_equal(info.kind, 4);
    assert_int_equal(gp_ucs_utf8_scan("0123456789\xff", 11, &info, &err), -1);
    assert_int_equal(err.start, 10);
}

/* ---------------------------------------------------------------------- */
/* searching                                                               */

static ptrdiff_t arg(long long v, ptrdiff_t none)
{
    return v == UV_NONE ? none : (ptrdiff_t)v;
}

static void test_find_index_semantics(void **state)
{
    (void)state;
    Text h = text_cstr(uv_find_hay);
    for (size_t v = 0; v < sizeof uv_find / sizeof uv_find[0]; v++) {
        const UvFind *f = &uv_find[v];
        Text nd = text_cstr(f->needle);
        ptrdiff_t st = arg(f->start, 0), en = arg(f->end, PTRDIFF_MAX);
#define HN h.kind, h.data, h.n, nd.kind, nd.data, nd.n
        assert_int_equal(gp_ucs_find(HN, st, en), f->find);
        assert_int_equal(gp_ucs_rfind(HN, st, en), f->rfind);
        assert_int_equal(gp_ucs_count(HN, st, en, SIZE_MAX), f->count);
        assert_int_equal(gp_ucs_startswith(HN, st, en), f->sw);
        assert_int_equal(gp_ucs_endswith(HN, st, en), f->ew);
#undef HN
        free(nd.data);
    }
    free(h.data);
}

/* Brute-force references over whole arrays. */
static int match_at(int hk, const void *h, size_t p, int nk, const void *nd, size_t nn)
{
    for (size_t j = 0; j < nn; j++)
        if (gp_ucs_get(hk, h, p + j) != gp_ucs_get(nk, nd, j))
            return 0;
    return 1;
}

static uint32_t rnd_state = 12345;
static uint32_t rnd(void)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return rnd_state >> 8;
}

/* Letters that share low bytes (0x61, 0x161, 0x10061) to stress the
 * Horspool table; kind k only uses the ones that fit it. */
static const uint32_t alpha_by_kind[3][4] = {
    {'a', 'b', 0xE9, 'a'}, {'a', 0x161, 0x100, 'b'}, {0x10061, 'a', 0x161, 0x10062}
};

static void rand_text(int kind, void *buf, size_t n, int narrow)
{
    int ki = kind == 1 ? 0 : kind == 2 ? 1 : 2;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = alpha_by_kind[narrow ? 0 : ki][rnd() % (narrow ? 2 : 4)];
        gp_ucs_set(kind, buf, i, c);
    }
}

static void test_search_brute_force(void **state)
{
    (void)state;
    static const int kinds[3] = {1, 2, 4};
    uint32_t hbuf[400], nbuf[40];
    for (int hi = 0; hi < 3; hi++)
        for (int ni = 0; ni < 3; ni++)
            for (int round = 0; round < 300; round++) {
                int hk = kinds[hi], nk = kinds[ni];
                size_t hn = rnd() % 400, nn = rnd() % (round % 3 ? 6 : 40);
                int narrow = round % 2;
                rand_text(hk, hbuf, hn, narrow);
                if (nn <= hn && hn && round % 4 == 0) {   /* plant the needle */
                    size_t p = rnd() % (hn - nn + 1);
                    for (size_t j = 0; j < nn; j++)
                        gp_ucs_set(nk, nbuf, j, gp_ucs_get(hk, hbuf, p + j));
                } else {
                    rand_text(nk, nbuf, nn, narrow);
                }
                ptrdiff_t st = (ptrdiff_t)(rnd() % (hn + 1)), en = (ptrdiff_t)hn;
                if (round % 5 == 0)
                    en = st + (ptrdiff_t)(rnd() % (hn - (size_t)st + 1));
                ptrdiff_t first = -1, last = -1;
                size_t count = 0;
                for (ptrdiff_t p = st; p + (ptrdiff_t)nn <= en; p++)
                    if (match_at(hk, hbuf, (size_t)p, nk, nbuf, nn)) {
                        if (first < 0)
                            first = p;
                        last = p;
                    }
                for (ptrdiff_t p = st; p + (ptrdiff_t)nn <= en;)
                    if (match_at(hk, hbuf, (size_t)p, nk, nbuf, nn)) {
                        count++;
                        p += nn ? (ptrdiff_t)nn : 1;
                    } else {
                        p++;
                    }
                assert_int_equal(gp_ucs_find(hk, hbuf, hn, nk, nbuf, nn, st, en), first);
                assert_int_equal(gp_ucs_rfind(hk, hbuf, hn, nk, nbuf, nn, st, en), last);
                assert_int_equal(gp_ucs_count(hk, hbuf, hn, nk, nbuf, nn, st, en, SIZE_MAX), count);
                if (count > 1)
                    assert_int_equal(gp_ucs_count(hk, hbuf, hn, nk, nbuf, nn, st, en, 1), 1);
                int sw = st + (ptrdiff_t)nn <= en && match_at(hk, hbuf, (size_t)st, nk, nbuf, nn);
                int ew = st + (ptrdiff_t)nn <= en
                         && match_at(hk, hbuf, (size_t)en - nn, nk, nbuf, nn);
                assert_int_equal(gp_ucs_startswith(hk, hbuf, hn, nk, nbuf, nn, st, en), sw);
                assert_int_equal(gp_ucs_endswith(hk, hbuf, hn, nk, nbuf, nn, st, en), ew);
                if (nn == 1) {
                    uint32_t c = gp_ucs_get(nk, nbuf, 0);
                    ptrdiff_t want = gp_ucs_find(hk, hbuf, hn, nk, nbuf, 1, st, PTRDIFF_MAX);
                    assert_int_equal(gp_ucs_find_char(hk, hbuf, hn, (size_t)st, c), want);
                }
            }
}

static void test_search_long_needles(void **state)
{
    (void)state;
    /* Horspool paths: long needle, long haystack, match at the very ends */
    static uint16_t h[5000];
    static uint32_t nd[100];
    for (size_t i = 0; i < 5000; i++)
        h[i] = (uint16_t)(i % 7 == 0 ? 0x161 : 'a' + i % 3);
    for (size_t i = 0; i < 100; i++)
        nd[i] = h[4900 + i];
    ptrdiff_t f = gp_ucs_find(2, h, 5000, 4, nd, 100, 0, PTRDIFF_MAX);
    assert_true(f >= 0 && f <= 4900 && match_at(2, h, (size_t)f, 4, nd, 100));
    assert_int_equal(f, 4900 % 21);     /* the pattern repeats every 21 */
    assert_int_equal(gp_ucs_rfind(2, h, 5000, 4, nd, 100, 0, PTRDIFF_MAX), 4900);
    assert_int_equal(gp_ucs_count(2, h, 5000, 4, nd, 100, 0, PTRDIFF_MAX, SIZE_MAX), 47);
    nd[50] = 0x10161;                   /* same low byte, never present */
    assert_int_equal(gp_ucs_find(2, h, 5000, 4, nd, 100, 0, PTRDIFF_MAX), -1);
    assert_int_equal(gp_ucs_rfind(2, h, 5000, 4, nd, 100, 0, PTRDIFF_MAX), -1);
}

/* ---------------------------------------------------------------------- */
/* kinds, copies, compare, slices                                          */

static void test_kinds_copy_compare(void **state)
{
    (void)state;
    static const int kinds[3] = {1, 2, 4};
    static const uint32_t vals[5] = {'a', 'z', 0xFF, 0x1234, 0x10FFFF};
    assert_int_equal(gp_ucs_kind_for(0xFF), 1);
    assert_int_equal(gp_ucs_kind_for(0x100), 2);
    assert_int_equal(gp_ucs_kind_for(0xFFFF), 2);
    assert_int_equal(gp_ucs_kind_for(0x10000), 4);
    for (int round = 0; round < 2000; round++) {
        uint32_t a[12], b[12];
        size_t na = rnd() % 12, nb = rnd() % 12;
        for (size_t i = 0; i < na; i++) a[i] = vals[rnd() % 5];
        for (size_t i = 0; i < nb; i++) b[i] = rnd() % 3 == 0 && i < na ? a[i] : vals[rnd() % 5];
        int ka = gp_ucs_kind_for(gp_ucs_max_char(4, a, na));
        int kb = gp_ucs_kind_for(gp_ucs_max_char(4, b, nb));
        /* reference order */
        int want = 0;
        for (size_t i = 0; i < na && i < nb && !want; i++)
            if (a[i] != b[i]) want = a[i] < b[i] ? -1 : 1;
        if (!want) want = na < nb ? -1 : na > nb ? 1 : 0;
        for (int wa = 0; wa < 3; wa++)
            for (int wb = 0; wb < 3; wb++) {
                int ca = kinds[wa], cb = kinds[wb];
                if (ca < ka || cb < kb)
                    continue;
                uint32_t xa[12], xb[12], cat[24];
                gp_ucs_copy(ca, xa, 0, 4, a, 0, na);
                gp_ucs_copy(cb, xb, 0, 4, b, 0, nb);
                int got = gp_ucs_compare(ca, xa, na, cb, xb, nb);
                assert_int_equal(got < 0 ? -1 : got > 0, want);
                assert_int_equal(gp_ucs_equal(ca, xa, na, cb, xb, nb), want == 0);
                /* concatenation into the joint canonical kind */
                uint32_t mx = gp_ucs_max_char(ca, xa, na);
                uint32_t mb = gp_ucs_max_char(cb, xb, nb);
                int kc = gp_ucs_kind_for(mx > mb ? mx : mb);
                gp_ucs_copy(kc, cat, 0, ca, xa, 0, na);
                gp_ucs_copy(kc, cat, na, cb, xb, 0, nb);
                for (size_t i = 0; i < na + nb; i++)
                    assert_int_equal(gp_ucs_get(kc, cat, i), i < na ? a[i] : b[i - na]);
            }
    }
}

static void test_slices(void **state)
{
    (void)state;
    /* checked against python3 (PTRDIFF_MAX/MIN stand for omitted bounds) */
    static const struct { ptrdiff_t start, stop, step; const char *want; } v[] = {
        {0, PTRDIFF_MAX, 1, "abcdefghij"},
        {PTRDIFF_MAX, PTRDIFF_MIN, -1, "jihgfedcba"},   /* [::-1] */
        {8, 2, -2, "ige"}, {-3, PTRDIFF_MAX, 1, "hij"}, {0, PTRDIFF_MAX, 3, "adgj"},
        {100, -100, -1, "jihgfedcba"}, {5, 100, 2, "fhj"}, {3, 3, 1, ""},
        {-100, 2, 1, "ab"}, {2, -100, -1, "cba"}, {7, 2, 1, ""},
    };
    Text t = text_cstr("abcdefghij");
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        ptrdiff_t st = v[i].start, sp = v[i].stop;
        size_t n = gp_ucs_slice_adjust(t.n, &st, &sp, v[i].step);
        assert_int_equal(n, strlen(v[i].want));
        uint16_t out[16];
        gp_ucs_copy_step(2, out, t.kind, t.data, (size_t)st, v[i].step, n);
        char *u = utf8_of(2, out, n);
        assert_string_equal(u, v[i].want);
        free(u);
        if (n)
            assert_int_equal(gp_ucs_max_char_step(t.kind, t.data, (size_t)st, v[i].step, n),
                             (uint32_t)(unsigned char)*(v[i].step > 0 ? v[i].want + n - 1
                                                                      : v[i].want));
    }
    free(t.data);
}

/* ---------------------------------------------------------------------- */
/* split, strip, splitlines, tabs, padding                                 */

static char *join_ranges(const Text *t, size_t *st, size_t *en, size_t k)
{
    size_t cap = 4 * t->n + k + 1, len = 0;
    char *out = malloc(cap);
    for (size_t i = 0; i < k; i++) {
        if (i)
            out[len++] = '\001';
        const void *p = (const char *)t->data + st[i] * (size_t)t->kind;
        char *u = utf8_of(t->kind, p, en[i] - st[i]);
        memcpy(out + len, u, strlen(u));
        len += strlen(u);
        free(u);
    }
    out[len] = 0;
    return out;
}

static void check(const Text *t, size_t *st, size_t *en, size_t k, const char *want,
                  const char *what)
{
    char *got = join_ranges(t, st, en, k);
    if (strcmp(got, want) != 0)
        fail_msg("%s: got '%s' want '%s'", what, got, want);
    free(got);
}

static void test_split_strip_lines(void **state)
{
    (void)state;
    for (size_t v = 0; v < sizeof uv_split / sizeof uv_split[0]; v++) {
        Text t = text_cstr(uv_split[v].in);
        size_t st[64], en[64], k, pos, eol[64];
        /* split() */
        k = 0, pos = 0;
        while (gp_ucs_split_ws_next(t.kind, t.data, t.n, &pos, 0, &st[k], &en[k]))
            k++;
        check(&t, st, en, k, uv_split[v].out[0], "split()");
        /* rsplit(None, 1): pieces come last first */
        size_t rs[2], re[2];
        k = 0, pos = t.n;
        if (gp_ucs_rsplit_ws_next(t.kind, t.data, t.n, &pos, 0, &rs[0], &re[0])) {
            k = 1;
            if (gp_ucs_rsplit_ws_next(t.kind, t.data, t.n, &pos, 1, &rs[1], &re[1]))
                k = 2;
        }
        for (size_t i = 0; i < k; i++)
            st[i] = rs[k - 1 - i], en[i] = re[k - 1 - i];
        check(&t, st, en, k, uv_split[v].out[1], "rsplit(None, 1)");
        /* split(None, 1) */
        k = 0, pos = 0;
        if (gp_ucs_split_ws_next(t.kind, t.data, t.n, &pos, 0, &st[0], &en[0])) {
            k = 1;
            if (gp_ucs_split_ws_next(t.kind, t.data, t.n, &pos, 1, &st[1], &en[1]))
                k = 2;
        }
        check(&t, st, en, k, uv_split[v].out[2], "split(None, 1)");
        static const int which[3] = {GP_UCS_BOTH, GP_UCS_LEFT, GP_UCS_RIGHT};
        for (int w = 0; w < 3; w++) {
            gp_ucs_strip_ws(t.kind, t.data, t.n, which[w], &st[0], &en[0]);
            check(&t, st, en, 1, uv_split[v].out[3 + w], "strip");
        }
        size_t lst[64], len_[64];
        k = 0, pos = 0;
        while (gp_ucs_splitlines_next(t.kind, t.data, t.n, &pos, &lst[k], &len_[k],
                                      &eol[k]))
            k++;
        check(&t, lst, len_, k, uv_split[v].out[6], "splitlines()");
        check(&t, lst, eol, k, uv_split[v].out[7], "splitlines(True)");
        free(t.data);
    }
    /* strip with chars, mixed kinds */
    Text t = text_cstr("xy\xc5\xa1hello\xc5\xa1yx");
    uint8_t chars[2] = {'x', 'y'};
    uint32_t chars4[3] = {'x', 'y', 0x161};
    size_t st, en;
    gp_ucs_strip_chars(t.kind, t.data, t.n, 1, chars, 2, GP_UCS_BOTH, &st, &en);
    assert_int_equal(st, 2);
    assert_int_equal(en, t.n - 2);
    gp_ucs_strip_chars(t.kind, t.data, t.n, 4, chars4, 3, GP_UCS_LEFT, &st, &en);
    assert_int_equal(st, 3);
    assert_int_equal(en, t.n);
    gp_ucs_strip_chars(t.kind, t.data, t.n, 4, chars4, 3, GP_UCS_BOTH, &st, &en);
    assert_int_equal(en - st, 5);
    free(t.data);
}

static void test_tabs_and_padding(void **state)
{
    (void)state;
    for (size_t v = 0; v < sizeof uv_tabs / sizeof uv_tabs[0]; v++) {
        Text t = text_cstr(uv_tabs[v].in);
        size_t n = gp_ucs_expandtabs_size(t.kind, t.data, t.n, uv_tabs[v].tab);
        void *out = malloc(n * (size_t)t.kind + 1);
        gp_ucs_expandtabs(t.kind, t.data, t.n, uv_tabs[v].tab, out);
        char *u = utf8_of(t.kind, out, n);
        assert_string_equal(u, uv_tabs[v].out);
        free(u);
        free(out);
        free(t.data);
    }
    /* center: CPython's 'ab'.center(5) == '  ab ', 'abc'.center(6) == ' abc  ' */
    size_t l, r;
    gp_ucs_center_margins(2, 5, &l, &r);
    assert_int_equal(l, 2); assert_int_equal(r, 1);
    gp_ucs_center_margins(3, 6, &l, &r);
    assert_int_equal(l, 1); assert_int_equal(r, 2);
    gp_ucs_center_margins(1, 4, &l, &r);
    assert_int_equal(l, 1); assert_int_equal(r, 2);
    gp_ucs_center_margins(2, 7, &l, &r);        /* 'ab'.center(7) == '   ab  ' */
    assert_int_equal(l, 3); assert_int_equal(r, 2);
    uint16_t out[16];
    gp_ucs_pad(2, out, 2, 1, "ab", 2, 1, 0x2605);
    char *u = utf8_of(2, out, 5);
    assert_string_equal(u, "\xe2\x98\x85\xe2\x98\x85" "ab\xe2\x98\x85");
    free(u);
    static const struct { const char *in; size_t w; const char *want; } z[] = {
        {"-42", 6, "-00042"}, {"+7", 4, "+007"}, {"42", 5, "00042"}, {"", 3, "000"},
        {"-", 3, "-00"}, {"a-", 4, "00a-"},
    };
    for (size_t i = 0; i < sizeof z / sizeof z[0]; i++) {
        gp_ucs_zfill(2, out, 1, z[i].in, strlen(z[i].in), z[i].w);
        u = utf8_of(2, out, z[i].w);
        assert_string_equal(u, z[i].want);
        free(u);
    }
    gp_ucs_fill(4, out, 0, 0, 'x');             /* n == 0 writes nothing */
    assert_int_equal(gp_ucs_expandtabs_size(1, "a\tb", 3, PTRDIFF_MAX), SIZE_MAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_predicates_every_code_point),
        cmocka_unit_test(test_case_maps_every_code_point),
        cmocka_unit_test(test_numeric_values),
        cmocka_unit_test(test_agrees_with_utf8proc),
        cmocka_unit_test(test_text_case_and_predicates),
        cmocka_unit_test(test_utf8_decode_sweeps),
        cmocka_unit_test(test_utf8_messages),
        cmocka_unit_test(test_utf8_roundtrip_every_code_point),
        cmocka_unit_test(test_find_index_semantics),
        cmocka_unit_test(test_search_brute_force),
        cmocka_unit_test(test_search_long_needles),
        cmocka_unit_test(test_kinds_copy_compare),
        cmocka_unit_test(test_slices),
        cmocka_unit_test(test_split_strip_lines),
        cmocka_unit_test(test_tabs_and_padding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
