/*
 * bytes.c - the bytes type: layout, repr, hash, comparison, the sequence
 * and mapping slots, bytes(...), and its methods.  Messages follow CPython
 * 3.11 word for word; character classes and case are ASCII only.
 */
#include "obj/bytes.h"

#include "obj/args.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "obj/ucs.h"

#define DATA(o) (GP_BYTES(o)->data)
#define LEN(o)  (((GpVarObject *)(o))->size)

static GpType *type_error(GpState *st) { return gp_type(st, GP_T_TYPE_ERROR); }
static GpType *value_error(GpState *st) { return gp_type(st, GP_T_VALUE_ERROR); }

static int is_bytes(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_BYTES));
}

static GpObject *bool_obj(GpState *st, int v)
{
    return gp_incref(v ? st->true_ : st->false_);
}

static size_t bytes_alloc_size(size_t n)
{
    return sizeof(GpBytes) + n + 1;
}

GpObject *gp_bytes_new(GpState *st, size_t len)
{
    if (len > (size_t)SSIZE_MAX - sizeof(GpBytes) - 1) {
        gp_err_nomemory(st);
        return NULL;
    }
    GpObject *o = gp_obj_alloc(st, gp_type(st, GP_T_BYTES), bytes_alloc_size(len));
    if (!o)
        return NULL;
    LEN(o) = len;
    GP_BYTES(o)->hash = -1;
    DATA(o)[len] = 0;
    return o;
}

GpObject *gp_bytes_from(GpState *st, const char *data, size_t len)
{
    GpObject *o = gp_bytes_new(st, len);
    if (o && len)
        memcpy(DATA(o), data, len);
    return o;
}

static void bytes_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, bytes_alloc_size(LEN(o)));
}

/* self when it is an exact bytes, else a copy */
static GpObject *self_or_copy(GpState *st, GpObject *b)
{
    if (b->type == gp_type(st, GP_T_BYTES))
        return gp_incref(b);
    return gp_bytes_from(st, DATA(b), LEN(b));
}

static GpObject *sub_bytes(GpState *st, GpObject *b, size_t a, size_t e)
{
    if (a == 0 && e == LEN(b))
        return self_or_copy(st, b);
    return gp_bytes_from(st, DATA(b) + a, e - a);
}

/* ---- repr, hash, comparison ------------------------------------------------ */

static GpObject *bytes_repr(GpState *st, GpObject *o)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *d = (const unsigned char *)DATA(o);
    size_t n = LEN(o);
    int sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_cp(&b, 'b');
    gp_strbuf_add_cp(&b, (uint32_t)quote);
    for (size_t i = 0; i < n; i++) {
        unsigned c = d[i];
        if (c == (unsigned)quote || c == '\\') {
            gp_strbuf_add_cp(&b, '\\');
            gp_strbuf_add_cp(&b, c);
        } else if (c == '\t') {
            gp_strbuf_add_ascii(&b, "\\t");
        } else if (c == '\n') {
            gp_strbuf_add_ascii(&b, "\\n");
        } else if (c == '\r') {
            gp_strbuf_add_ascii(&b, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            gp_strbuf_add_ascii(&b, "\\x");
            gp_strbuf_add_cp(&b, (uint32_t)hex[c >> 4]);
            gp_strbuf_add_cp(&b, (uint32_t)hex[c & 15]);
        } else {
            gp_strbuf_add_cp(&b, c);
        }
    }
    gp_strbuf_add_cp(&b, (uint32_t)quote);
    return gp_strbuf_finish(&b);
}

static int64_t bytes_hash(GpState *st, GpObject *o)
{
    if (GP_BYTES(o)->hash == -1)
        GP_BYTES(o)->hash = gp_hash_bytes(&st->hash_key, DATA(o), LEN(o));
    return GP_BYTES(o)->hash;
}

static GpObject *bytes_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!is_bytes(st, a) || !is_bytes(st, b))
        return gp_incref(st->not_implemented);
    size_t na = LEN(a), nb = LEN(b);
    if ((op == GP_EQ || op == GP_NE) && na != nb)
        return bool_obj(st, op == GP_NE);
    int c = memcmp(DATA(a), DATA(b), na < nb ? na : nb);
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    return gp_obj_compare_result(st, c < 0 ? -1 : c > 0, op);
}

/* ---- sequence and mapping slots ------------------------------------------- */

static ssize_t bytes_len(GpState *st, GpObject *o)
{
    (void)st;
    return (ssize_t)LEN(o);
}

static GpObject *bytes_item(GpState *st, GpObject *o, ssize_t i)
{
    if (i < 0 || (size_t)i >= LEN(o)) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "index out of range");
        return NULL;
    }
    return gp_int_from_i64(st, (unsigned char)DATA(o)[i]);
}

static GpObject *bytes_subscript(GpState *st, GpObject *o, GpObject *key)
{
    size_t n = LEN(o);
    if (gp_slice_has_index(key)) {
        ssize_t i;
        if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), &i))
            return NULL;
        if (i < 0)
            i += (ssize_t)n;
        return bytes_item(st, o, i);
    }
    if (gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SLICE))) {
        ssize_t start, stop, step, slen;
        if (gp_slice_indices(st, key, (ssize_t)n, &start, &stop, &step, &slen))
            return NULL;
        if (slen <= 0)
            return gp_bytes_new(st, 0);
        if (step == 1)
            return sub_bytes(st, o, (size_t)start, (size_t)(start + slen));
        GpObject *r = gp_bytes_new(st, (size_t)slen);
        if (!r)
            return NULL;
        for (ssize_t k = 0, cur = start; k < slen; k++, cur += step)
            DATA(r)[k] = DATA(o)[cur];
        return r;
    }
    gp_err_format(st, type_error(st), "byte indices must be integers or slices, not %s",
                  key->type->name);
    return NULL;
}

static GpObject *bytes_concat(GpState *st, GpObject *a, GpObject *b)
{
    if (!is_bytes(st, a) || !is_bytes(st, b)) {
        gp_err_format(st, type_error(st), "can't concat %s to %s", b->type->name,
                      a->type->name);
        return NULL;
    }
    if (LEN(b) == 0)
        return self_or_copy(st, a);
    if (LEN(a) == 0)
        return self_or_copy(st, b);
    GpObject *r = gp_bytes_new(st, LEN(a) + LEN(b));
    if (!r)
        return NULL;
    memcpy(DATA(r), DATA(a), LEN(a));
    memcpy(DATA(r) + LEN(a), DATA(b), LEN(b));
    return r;
}

static GpObject *bytes_repeat(GpState *st, GpObject *b, ssize_t count)
{
    size_t n = LEN(b);
    if (count <= 0 || n == 0)
        return gp_bytes_new(st, 0);
    if (count == 1)
        return self_or_copy(st, b);
    if (n > (size_t)SSIZE_MAX / (size_t)count) {
        gp_err_nomemory(st);
        return NULL;
    }
    GpObject *r = gp_bytes_new(st, n * (size_t)count);
    if (!r)
        return NULL;
    for (size_t i = 0; i < (size_t)count; i++)
        memcpy(DATA(r) + i * n, DATA(b), n);
    return r;
}

/* A byte value from an __index__ object: 0, or -1 with ValueError. */
static int byte_value(GpState *st, GpObject *o, const char *msg, unsigned char *out)
{
    ssize_t v;
    if (gp_slice_as_ssize(st, o, NULL, &v))
        return -1;
    if (v < 0 || v > 255) {
        gp_err_format(st, value_error(st), "%s", msg);
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

/* The needle of find & co: bytes, or an int (one byte); the data and length point into
 * sub or at *one. */
static int needle_arg(GpState *st, GpObject *sub, unsigned char *one, const char **d, size_t *n)
{
    if (is_bytes(st, sub)) {
        *d = DATA(sub);
        *n = LEN(sub);
        return 0;
    }
    if (gp_slice_has_index(sub)) {
        if (byte_value(st, sub, "byte must be in range(0, 256)", one))
            return -1;
        *d = (const char *)one;
        *n = 1;
        return 0;
    }
    gp_err_format(st, type_error(st), "argument should be integer or bytes-like object, not '%s'",
                  sub->type->name);
    return -1;
}

static int bytes_contains(GpState *st, GpObject *o, GpObject *sub)
{
    unsigned char one;
    const char *d;
    size_t n;
    if (!is_bytes(st, sub) && !gp_slice_has_index(sub)) {
        gp_err_format(st, type_error(st), "a bytes-like object is required, not '%s'",
                      sub->type->name);
        return -1;
    }
    if (needle_arg(st, sub, &one, &d, &n))
        return -1;
    return gp_ucs_find(1, DATA(o), LEN(o), 1, d, n, 0, PTRDIFF_MAX) >= 0;
}

/* ---- argument helpers (CPython's three families of messages) --------------- */




static int slice_arg(GpState *st, GpObject *o, ptrdiff_t *out)
{
    if (!o || o == st->none)
        return 0;
    if (!gp_slice_has_index(o)) {
        gp_err_format(st, type_error(st),
                      "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t v;
    if (gp_slice_as_ssize(st, o, NULL, &v))
        return -1;
    *out = (ptrdiff_t)v;
    return 0;
}

/* a bytes argument, or TypeError "a bytes-like object is required, not 'str'" */
static int need_bytes(GpState *st, GpObject *o)
{
    if (is_bytes(st, o))
        return 0;
    gp_err_format(st, type_error(st), "a bytes-like object is required, not '%s'",
                  o->type->name);
    return -1;
}

/* ---- codecs: utf-8, ascii, latin-1 -------------------------------------------- */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_OTHER };

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* the codec for an encoding name (normalized as CPython's codec lookup),
 * or -1 with LookupError */
static int codec_of(GpState *st, GpObject *enc)
{
    if (!gp_obj_is_instance_of_type(enc, gp_type(st, GP_T_STR))) {
        gp_err_format(st, type_error(st), "decode() argument 'encoding' must be str, not %s",
                      enc->type->name);
        return -1;
    }
    char buf[64], norm[64];
    size_t len;
    const char *u = gp_str_utf8(enc, buf, sizeof buf, &len);
    if (u && len < sizeof norm) {
        for (size_t i = 0; i < len; i++) {
            char c = u[i];
            norm[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c == '_' || c == ' ' ? '-' : c;
        }
        norm[len] = 0;
        static const struct { const char *name; int codec; } table[] = {
            {"utf-8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
            {"cp65001", CODEC_UTF8},
            {"ascii", CODEC_ASCII}, {"us-ascii", CODEC_ASCII}, {"646", CODEC_ASCII},
            {"latin-1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
            {"iso-8859-1", CODEC_LATIN1}, {"iso8859-1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
            {"cp819", CODEC_LATIN1}, {"l1", CODEC_LATIN1}, {"iso-ir-100", CODEC_LATIN1},
        };
        for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
            if (strcmp(norm, table[i].name) == 0)
                return table[i].codec;
    }
    gp_err_format(st, gp_type(st, GP_T_LOOKUP_ERROR), "unknown encoding: %.*s",
                  (int)(u ? len : 3), u ? u : "...");
    return -1;
}

static int errors_of(GpState *st, GpObject *e, const char *fn, char *name, size_t cap)
{
    if (!e) {
        snprintf(name, cap, "strict");
        return ERR_STRICT;
    }
    if (!gp_obj_is_instance_of_type(e, gp_type(st, GP_T_STR))) {
        gp_err_format(st, type_error(st), "%s() argument 'errors' must be str, not %s", fn,
                      e->type->name);
        return -1;
    }
    size_t len;
    char buf[64];
    const char *u = gp_str_utf8(e, buf, sizeof buf, &len);
    snprintf(name, cap, "%.*s", (int)(u ? len : 3), u ? u : "...");
    if (strcmp(name, "strict") == 0)
        return ERR_STRICT;
    if (strcmp(name, "ignore") == 0)
        return ERR_IGNORE;
    if (strcmp(name, "replace") == 0)
        return ERR_REPLACE;
    return ERR_OTHER;
}

static void unknown_handler(GpState *st, const char *name)
{
    gp_err_format(st, gp_type(st, GP_T_LOOKUP_ERROR), "unknown error handler name '%s'", name);
}

static void decode_error(GpState *st, int codec, const unsigned char *d, size_t start,
                         size_t end, const char *reason)
{
    if (end - start == 1)
        gp_err_format(st, gp_type(st, GP_T_UNICODE_ERROR),
                      "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                      codec_names[codec], d[start], start, reason);
    else
        gp_err_format(st, gp_type(st, GP_T_UNICODE_ERROR),
                      "'%s' codec can't decode bytes in position %zu-%zu: %s",
                      codec_names[codec], start, end - 1, reason);
}

/* bytes -> str */
static GpObject *decode(GpState *st, const char *data, size_t n, int codec, int errs,
                        const char *errname)
{
    const unsigned char *d = (const unsigned char *)data;
    if (codec == CODEC_UTF8 && errs == ERR_STRICT)
        return gp_str_from_utf8(st, data, n);
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    size_t i = 0;
    while (i < n) {
        size_t start, end;
        const char *reason;
        if (codec == CODEC_LATIN1) {
            gp_strbuf_add_cp(&b, d[i++]);
            continue;
        }
        if (codec == CODEC_ASCII) {
            if (d[i] < 0x80) {
                gp_strbuf_add_cp(&b, d[i++]);
                continue;
            }
            start = i;
            end = i + 1;
            reason = "ordinal not in range(128)";
        } else {
            GpUcsInfo info;
            GpUcsError err;
            if (gp_ucs_utf8_scan(data + i, n - i, &info, &err) == 0) {
                size_t k = 0;
                while (k < n - i)
                    gp_strbuf_add_cp(&b, gp_ucs_utf8_next(data + i, n - i, &k));
                break;
            }
            size_t k = 0;
            while (k < err.start)
                gp_strbuf_add_cp(&b, gp_ucs_utf8_next(data + i, err.start, &k));
            start = i + err.start;
            end = i + err.end;
            reason = err.reason;
        }
        if (errs == ERR_STRICT || errs == ERR_OTHER) {
            GpObject *s = gp_strbuf_finish(&b);
            gp_xdecref(st, s);
            if (errs == ERR_OTHER)
                unknown_handler(st, errname);
            else
                decode_error(st, codec, d, start, end, reason);
            return NULL;
        }
        if (errs == ERR_REPLACE)
            gp_strbuf_add_cp(&b, 0xFFFD);
        i = end;
    }
    return gp_strbuf_finish(&b);
}

static void encode_error(GpState *st, int codec, GpObject *s, size_t start, size_t end,
                         const char *reason)
{
    if (end - start == 1) {
        uint32_t c = gp_str_at(s, start);
        char ch[16];
        if (c <= 0xff)
            snprintf(ch, sizeof ch, "\\x%02x", (unsigned)c);
        else if (c <= 0xffff)
            snprintf(ch, sizeof ch, "\\u%04x", (unsigned)c);
        else
            snprintf(ch, sizeof ch, "\\U%08x", (unsigned)c);
        gp_err_format(st, gp_type(st, GP_T_UNICODE_ENCODE_ERROR),
                      "'%s' codec can't encode character '%s' in position %zu: %s",
                      codec_names[codec], ch, start, reason);
    } else {
        gp_err_format(st, gp_type(st, GP_T_UNICODE_ENCODE_ERROR),
                      "'%s' codec can't encode characters in position %zu-%zu: %s",
                      codec_names[codec], start, end - 1, reason);
    }
}

/* str -> bytes */
static GpObject *encode(GpState *st, GpObject *s, int codec, int errs, const char *errname)
{
    size_t n = GP_STR(s)->length;
    int kind = GP_STR(s)->kind;
    const void *data = gp_str_data(s);
    if (codec == CODEC_UTF8) {
        size_t size;
        GpUcsError err;
        if (gp_ucs_utf8_size(kind, data, n, &size, &err) == 0) {
            GpObject *r = gp_bytes_new(st, size);
            if (r)
                gp_ucs_utf8_encode(kind, data, n, DATA(r));
            return r;
        }
        /* surrogates: count the encodable ones first */
        size_t total = 0;
        for (size_t i = 0; i < n; i++) {
            uint32_t c = gp_str_at(s, i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                if (errs == ERR_STRICT || errs == ERR_OTHER) {
                    size_t e = i;
                    while (e < n && gp_str_at(s, e) >= 0xD800 && gp_str_at(s, e) <= 0xDFFF)
                        e++;
                    if (errs == ERR_OTHER)
                        unknown_handler(st, errname);
                    else
                        encode_error(st, codec, s, i, e, "surrogates not allowed");
                    return NULL;
                }
                total += errs == ERR_REPLACE;
            } else {
                total += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            }
        }
        GpObject *r = gp_bytes_new(st, total);
        if (!r)
            return NULL;
        char *p = DATA(r);
        for (size_t i = 0; i < n; i++) {
            uint32_t c = gp_str_at(s, i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                if (errs == ERR_REPLACE)
                    *p++ = '?';
            } else {
                p += gp_ucs_utf8_encode(4, &c, 1, p);
            }
        }
        return r;
    }
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : 0x100;
    const char *reason = codec == CODEC_ASCII ? "ordinal not in range(128)"
                                              : "ordinal not in range(256)";
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (gp_str_at(s, i) < limit) {
            total++;
            continue;
        }
        if (errs == ERR_STRICT || errs == ERR_OTHER) {
            size_t e = i;
            while (e < n && gp_str_at(s, e) >= limit)
                e++;
            if (errs == ERR_OTHER)
                unknown_handler(st, errname);
            else
                encode_error(st, codec, s, i, e, reason);
            return NULL;
        }
        total += errs == ERR_REPLACE;
    }
    GpObject *r = gp_bytes_new(st, total);
    if (!r)
        return NULL;
    char *p = DATA(r);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_str_at(s, i);
        if (c < limit)
            *p++ = (char)c;
        else if (errs == ERR_REPLACE)
            *p++ = '?';
    }
    return r;
}

GpObject *gp_str_encode(GpState *st, GpObject *s, GpObject *encoding, GpObject *errors)
{
    char errname[64];
    if (encoding && !gp_obj_is_instance_of_type(encoding, gp_type(st, GP_T_STR))) {
        gp_err_format(st, type_error(st), "encode() argument 'encoding' must be str, not %s",
                      encoding->type->name);
        return NULL;
    }
    int errs = errors_of(st, errors, "encode", errname, sizeof errname);
    if (errs < 0)
        return NULL;
    int codec = encoding ? codec_of(st, encoding) : CODEC_UTF8;
    if (codec < 0)
        return NULL;
    return encode(st, s, codec, errs, errname);
}

/* ---- bytes(...) ------------------------------------------------------------------ */

static GpObject *from_iterable(GpState *st, GpObject *src)
{
    GpObject *it = gp_obj_iter(st, src);
    if (!it) {
        if (gp_err_matches(st, type_error(st))) {
            gp_err_clear(st);
            gp_err_format(st, type_error(st), "cannot convert '%s' object to bytes",
                          src->type->name);
        }
        return NULL;
    }
    size_t cap = 16, n = 0;
    GpObject *r = gp_bytes_new(st, cap);
    GpObject *x = NULL;
    if (!r)
        goto fail;
    while ((x = gp_iter_next(st, it))) {
        if (!gp_slice_has_index(x)) {
            gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                          x->type->name);
            goto fail;
        }
        unsigned char c;
        if (byte_value(st, x, "bytes must be in range(0, 256)", &c))
            goto fail;
        gp_decref(st, x);
        x = NULL;
        if (n == cap) {
            GpObject *g = gp_obj_resize(st, r, bytes_alloc_size(cap), bytes_alloc_size(cap * 2));
            if (!g)
                goto fail;
            r = g;
            cap *= 2;
            LEN(r) = cap;
        }
        DATA(r)[n++] = (char)c;
    }
    if (gp_err_occurred(st))
        goto fail;
    gp_decref(st, it);
    {
        GpObject *out = gp_bytes_from(st, DATA(r), n);
        gp_decref(st, r);
        return out;
    }
fail:
    gp_xdecref(st, x);
    gp_xdecref(st, r);
    gp_decref(st, it);
    return NULL;
}

static GpObject *bytes_call_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    GpObject *a[3];
    (void)type;
    if (gp_args_clinic_keywords(st, "bytes", names, 3, args, nargs, kwnames, a))
        return NULL;
    GpObject *src = a[0];
    if (!src) {
        if (a[1] || a[2]) {
            gp_err_format(st, type_error(st), a[1] ? "encoding without a string argument"
                                                   : "errors without a string argument");
            return NULL;
        }
        return gp_bytes_new(st, 0);
    }
    if (gp_obj_is_instance_of_type(src, gp_type(st, GP_T_STR))) {
        if (!a[1]) {
            gp_err_format(st, type_error(st), "string argument without an encoding");
            return NULL;
        }
        if (!gp_obj_is_instance_of_type(a[1], gp_type(st, GP_T_STR))) {
            gp_err_format(st, type_error(st), "bytes() argument 'encoding' must be str, not %s",
                          a[1]->type->name);
            return NULL;
        }
        char errname[64];
        int errs = errors_of(st, a[2], "bytes", errname, sizeof errname);
        if (errs < 0)
            return NULL;
        int codec = codec_of(st, a[1]);
        if (codec < 0)
            return NULL;
        return encode(st, src, codec, errs, errname);
    }
    if (a[1] || a[2]) {
        gp_err_format(st, type_error(st), a[1] ? "encoding without a string argument"
                                               : "errors without a string argument");
        return NULL;
    }
    if (is_bytes(st, src))
        return self_or_copy(st, src);
    if (gp_slice_has_index(src)) {
        ssize_t n;
        if (gp_slice_as_ssize(st, src, gp_type(st, GP_T_OVERFLOW_ERROR), &n))
            return NULL;
        if (n < 0) {
            gp_err_format(st, value_error(st), "negative count");
            return NULL;
        }
        return gp_bytes_new(st, (size_t)n);
    }
    return from_iterable(st, src);
}

/* ---- methods ------------------------------------------------------------------------ */

#define METHOD(fn)                                                                        \
    static GpObject *fn(GpState *st, GpObject *self, GpObject *const *args, size_t nargs, \
                        GpObject *kwnames)

METHOD(m_decode)
{
    static const char *const names[] = {"encoding", "errors"};
    GpObject *a[2];
    char errname[64];
    if (gp_args_clinic_keywords(st, "decode", names, 2, args, nargs, kwnames, a))
        return NULL;
    int codec = CODEC_UTF8;
    if (a[0] && (codec = codec_of(st, a[0])) < 0)
        return NULL;
    int errs = errors_of(st, a[1], "decode", errname, sizeof errname);
    if (errs < 0)
        return NULL;
    return decode(st, DATA(self), LEN(self), codec, errs, errname);
}

METHOD(m_hex)
{
    static const char hex[] = "0123456789abcdef";
    (void)args, (void)nargs, (void)kwnames;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    for (size_t i = 0; i < LEN(self); i++) {
        unsigned char c = (unsigned char)DATA(self)[i];
        gp_strbuf_add_cp(&b, (uint32_t)hex[c >> 4]);
        gp_strbuf_add_cp(&b, (uint32_t)hex[c & 15]);
    }
    return gp_strbuf_finish(&b);
}

static int find_args(GpState *st, const char *name, GpObject *const *args, size_t nargs,
                     unsigned char *one, const char **d, size_t *n, ptrdiff_t *start,
                     ptrdiff_t *end)
{
    if (gp_args_old_positional(st, name, nargs, 1, 3))
        return -1;
    *start = 0;
    *end = PTRDIFF_MAX;
    if (slice_arg(st, nargs > 1 ? args[1] : NULL, start) ||
        slice_arg(st, nargs > 2 ? args[2] : NULL, end))
        return -1;
    return needle_arg(st, args[0], one, d, n);
}

static GpObject *find_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             const char *name, int raise)
{
    unsigned char one;
    const char *d;
    size_t n;
    ptrdiff_t start, end;
    if (find_args(st, name, args, nargs, &one, &d, &n, &start, &end))
        return NULL;
    ptrdiff_t r = gp_ucs_find(1, DATA(self), LEN(self), 1, d, n, start, end);
    if (r < 0 && raise) {
        gp_err_format(st, value_error(st), "subsection not found");
        return NULL;
    }
    return gp_int_from_i64(st, r);
}

METHOD(m_find)
{
    (void)kwnames;
    return find_common(st, self, args, nargs, "find", 0);
}

METHOD(m_index)
{
    (void)kwnames;
    return find_common(st, self, args, nargs, "index", 1);
}

METHOD(m_count)
{
    unsigned char one;
    const char *d;
    size_t n;
    ptrdiff_t start, end;
    (void)kwnames;
    if (find_args(st, "count", args, nargs, &one, &d, &n, &start, &end))
        return NULL;
    size_t c = gp_ucs_count(1, DATA(self), LEN(self), 1, d, n, start, end, SIZE_MAX);
    return gp_int_from_i64(st, (int64_t)c);
}

static GpObject *starts_ends(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             const char *name, int ends)
{
    ptrdiff_t start = 0, end = PTRDIFF_MAX;
    if (gp_args_old_positional(st, name, nargs, 1, 3) ||
        slice_arg(st, nargs > 1 ? args[1] : NULL, &start) ||
        slice_arg(st, nargs > 2 ? args[2] : NULL, &end))
        return NULL;
    GpObject *x = args[0];
    GpObject *const *subs = &args[0];
    size_t nsub = 1;
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_TUPLE))) {
        subs = ((GpTuple *)x)->items;
        nsub = gp_tuple_size(x);
    } else if (!is_bytes(st, x)) {
        gp_err_format(st, type_error(st),
                      "%s first arg must be bytes or a tuple of bytes, not %s", name,
                      x->type->name);
        return NULL;
    }
    for (size_t i = 0; i < nsub; i++) {
        GpObject *sub = subs[i];
        if (need_bytes(st, sub))
            return NULL;
        int hit = ends ? gp_ucs_endswith(1, DATA(self), LEN(self), 1, DATA(sub), LEN(sub),
                                         start, end)
                       : gp_ucs_startswith(1, DATA(self), LEN(self), 1, DATA(sub), LEN(sub),
                                           start, end);
        if (hit)
            return bool_obj(st, 1);
    }
    return bool_obj(st, 0);
}

METHOD(m_startswith)
{
    (void)kwnames;
    return starts_ends(st, self, args, nargs, "startswith", 0);
}

METHOD(m_endswith)
{
    (void)kwnames;
    return starts_ends(st, self, args, nargs, "endswith", 1);
}

static GpObject *case_map(GpState *st, GpObject *self, int upper)
{
    GpObject *r = gp_bytes_new(st, LEN(self));
    if (!r)
        return NULL;
    for (size_t i = 0; i < LEN(self); i++) {
        char c = DATA(self)[i];
        if (upper && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (!upper && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        DATA(r)[i] = c;
    }
    return r;
}

METHOD(m_upper)
{
    (void)args, (void)nargs, (void)kwnames;
    return case_map(st, self, 1);
}

METHOD(m_lower)
{
    (void)args, (void)nargs, (void)kwnames;
    return case_map(st, self, 0);
}

static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static GpObject *class_test(GpState *st, GpObject *self, int (*pred)(unsigned char))
{
    size_t n = LEN(self);
    if (n == 0)
        return bool_obj(st, 0);
    for (size_t i = 0; i < n; i++)
        if (!pred((unsigned char)DATA(self)[i]))
            return bool_obj(st, 0);
    return bool_obj(st, 1);
}

METHOD(m_isdigit)
{
    (void)args, (void)nargs, (void)kwnames;
    return class_test(st, self, is_digit);
}

METHOD(m_isalpha)
{
    (void)args, (void)nargs, (void)kwnames;
    return class_test(st, self, is_alpha);
}

METHOD(m_isspace)
{
    (void)args, (void)nargs, (void)kwnames;
    return class_test(st, self, is_space);
}

/* how: 1 left, 2 right, 3 both */
static GpObject *strip_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              const char *name, int how)
{
    if (gp_args_clinic_positional(st, name, nargs, 0, 1))
        return NULL;
    GpObject *chars = nargs ? args[0] : NULL;
    if (chars == st->none)
        chars = NULL;
    if (chars && need_bytes(st, chars))
        return NULL;
    const unsigned char *d = (const unsigned char *)DATA(self);
    size_t a = 0, e = LEN(self);
#define STRIPPED(c) (chars ? memchr(DATA(chars), (c), LEN(chars)) != NULL : is_space(c))
    if (how & 1)
        while (a < e && STRIPPED(d[a]))
            a++;
    if (how & 2)
        while (e > a && STRIPPED(d[e - 1]))
            e--;
#undef STRIPPED
    return sub_bytes(st, self, a, e);
}

METHOD(m_strip)
{
    (void)kwnames;
    return strip_common(st, self, args, nargs, "strip", 3);
}

METHOD(m_lstrip)
{
    (void)kwnames;
    return strip_common(st, self, args, nargs, "lstrip", 1);
}

METHOD(m_rstrip)
{
    (void)kwnames;
    return strip_common(st, self, args, nargs, "rstrip", 2);
}

static int append_piece(GpState *st, GpObject *list, GpObject *self, size_t a, size_t e)
{
    GpObject *piece = sub_bytes(st, self, a, e);
    if (!piece)
        return -1;
    int rc = gp_list_append(st, list, piece);
    gp_decref(st, piece);
    return rc;
}

METHOD(m_split)
{
    static const char *const names[] = {"sep", "maxsplit"};
    GpObject *a[2];
    if (gp_args_clinic_keywords(st, "split", names, 2, args, nargs, kwnames, a))
        return NULL;
    GpObject *sep = a[0] && a[0] != st->none ? a[0] : NULL;
    ssize_t maxsplit = -1;
    if (a[1]) {
        if (!gp_slice_has_index(a[1])) {
            gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                          a[1]->type->name);
            return NULL;
        }
        if (gp_slice_as_ssize(st, a[1], gp_type(st, GP_T_OVERFLOW_ERROR), &maxsplit))
            return NULL;
    }
    if (sep && need_bytes(st, sep))
        return NULL;
    if (sep && LEN(sep) == 0) {
        gp_err_format(st, value_error(st), "empty separator");
        return NULL;
    }
    if (maxsplit < 0)
        maxsplit = SSIZE_MAX;
    GpObject *list = gp_list_new(st, 0);
    if (!list)
        return NULL;
    const unsigned char *d = (const unsigned char *)DATA(self);
    size_t n = LEN(self), i = 0;
    if (!sep) {
        while (1) {
            while (i < n && is_space(d[i]))
                i++;
            if (i == n)
                break;
            if (maxsplit-- == 0) {
                if (append_piece(st, list, self, i, n))
                    goto fail;
                break;
            }
            size_t j = i;
            while (j < n && !is_space(d[j]))
                j++;
            if (append_piece(st, list, self, i, j))
                goto fail;
            i = j;
        }
        return list;
    }
    size_t m = LEN(sep);
    while (maxsplit-- > 0) {
        ptrdiff_t k = gp_ucs_find(1, d, n, 1, DATA(sep), m, (ptrdiff_t)i, PTRDIFF_MAX);
        if (k < 0)
            break;
        if (append_piece(st, list, self, i, (size_t)k))
            goto fail;
        i = (size_t)k + m;
    }
    if (append_piece(st, list, self, i, n))
        goto fail;
    return list;
fail:
    gp_decref(st, list);
    return NULL;
}

METHOD(m_join)
{
    (void)nargs, (void)kwnames;
    GpObject *it = gp_obj_iter(st, args[0]);
    if (!it) {
        if (gp_err_matches(st, type_error(st))) {
            gp_err_clear(st);
            gp_err_format(st, type_error(st), "can only join an iterable");
        }
        return NULL;
    }
    GpObject *items = gp_list_new(st, 0), *x;
    if (!items) {
        gp_decref(st, it);
        return NULL;
    }
    size_t total = 0, k = 0;
    while ((x = gp_iter_next(st, it))) {
        if (!is_bytes(st, x)) {
            gp_err_format(st, type_error(st),
                          "sequence item %zu: expected a bytes-like object, %s found", k,
                          x->type->name);
            gp_decref(st, x);
            goto fail;
        }
        total += LEN(x) + (k ? LEN(self) : 0);
        k++;
        int rc = gp_list_append(st, items, x);
        gp_decref(st, x);
        if (rc)
            goto fail;
    }
    if (gp_err_occurred(st))
        goto fail;
    gp_decref(st, it);
    it = NULL;
    GpObject *r;
    if (k == 1 && gp_list_item(items, 0)->type == gp_type(st, GP_T_BYTES)) {
        r = gp_incref(gp_list_item(items, 0));
    } else if ((r = gp_bytes_new(st, total))) {
        char *p = DATA(r);
        for (size_t i = 0; i < k; i++) {
            GpObject *b = gp_list_item(items, i);
            if (i) {
                memcpy(p, DATA(self), LEN(self));
                p += LEN(self);
            }
            memcpy(p, DATA(b), LEN(b));
            p += LEN(b);
        }
    }
    gp_decref(st, items);
    return r;
fail:
    gp_xdecref(st, it);
    gp_decref(st, items);
    return NULL;
}

METHOD(m_replace)
{
    (void)kwnames;
    if (gp_args_clinic_positional(st, "replace", nargs, 2, 3))
        return NULL;
    GpObject *old = args[0], *new_ = args[1];
    if (need_bytes(st, old) || need_bytes(st, new_))
        return NULL;
    ssize_t count = -1;
    if (nargs > 2) {
        if (!gp_slice_has_index(args[2])) {
            gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                          args[2]->type->name);
            return NULL;
        }
        if (gp_slice_as_ssize(st, args[2], gp_type(st, GP_T_OVERFLOW_ERROR), &count))
            return NULL;
    }
    const char *d = DATA(self);
    size_t n = LEN(self), m = LEN(old), r_len = LEN(new_);
    size_t limit = count < 0 ? SIZE_MAX : (size_t)count;
    size_t hits;
    if (m == 0)
        hits = n + 1 < limit ? n + 1 : limit;
    else
        hits = gp_ucs_count(1, d, n, 1, DATA(old), m, 0, PTRDIFF_MAX, limit);
    if (hits == 0)
        return self_or_copy(st, self);
    size_t total = n + hits * r_len - hits * m;
    GpObject *r = gp_bytes_new(st, total);
    if (!r)
        return NULL;
    char *p = DATA(r);
    size_t i = 0;
    for (size_t h = 0; h < hits; h++) {
        size_t k;
        if (m == 0) {
            k = i;
        } else {
            k = (size_t)gp_ucs_find(1, d, n, 1, DATA(old), m, (ptrdiff_t)i, PTRDIFF_MAX);
        }
        memcpy(p, d + i, k - i);
        p += k - i;
        memcpy(p, DATA(new_), r_len);
        p += r_len;
        if (m == 0) {
            if (k < n)
                *p++ = d[k];
            i = k + 1;
        } else {
            i = k + m;
        }
    }
    if (i < n)
        memcpy(p, d + i, n - i);
    return r;
}

#define VA GP_METH_VARARGS
#define VAKW (GP_METH_VARARGS | GP_METH_KEYWORDS)

static const GpMethodDef bytes_methods[] = {
    {"decode", m_decode, VAKW},
    {"hex", m_hex, GP_METH_NOARGS},
    {"count", m_count, VA},
    {"find", m_find, VA},
    {"index", m_index, VA},
    {"startswith", m_startswith, VA},
    {"endswith", m_endswith, VA},
    {"upper", m_upper, GP_METH_NOARGS},
    {"lower", m_lower, GP_METH_NOARGS},
    {"strip", m_strip, VA},
    {"lstrip", m_lstrip, VA},
    {"rstrip", m_rstrip, VA},
    {"split", m_split, VAKW},
    {"join", m_join, GP_METH_O},
    {"replace", m_replace, VA},
    {"isdigit", m_isdigit, GP_METH_NOARGS},
    {"isalpha", m_isalpha, GP_METH_NOARGS},
    {"isspace", m_isspace, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

static const GpSequenceSlots bytes_seq = {
    .len = bytes_len,
    .item = bytes_item,
    .concat = bytes_concat,
    .contains = bytes_contains,
    .repeat = bytes_repeat,
};

static const GpMappingSlots bytes_map = {
    .len = bytes_len,
    .subscript = bytes_subscript,
};

const GpType gp_bytes_template = {
    .name = "bytes",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpBytes),
    .itemsize = 1,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .seq = &bytes_seq,
    .map = &bytes_map,
    .new_ = bytes_call_new,
    .methods = bytes_methods,
};
