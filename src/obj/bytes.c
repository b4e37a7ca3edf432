/*
 * bytes.c - the bytes type: layout, repr, hash, comparison, the sequence
 * and mapping slots, the codecs (bytes.decode, str.encode) and bytes(...).
 *
 * Much of it serves bytearray too (bytes.h, "what bytes and bytearray
 * share"): every function reads its operand through gp_byteslike_data and
 * makes results with gp_bytes_new_like.  The methods are in
 * bytesmethods.c.  Messages follow CPython 3.11 word for word; character
 * classes and case are ASCII only.
 */
#include "obj/bytes.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/args.h"
#include "obj/bytearray.h"
#include "obj/error.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/method.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "obj/ucs.h"

#define DATA(o) gp_byteslike_data(o)
#define LEN(o)  (((GpVarObject *)(o))->size)

static GpType *type_error(GpState *st) { return gp_type(st, GP_T_TYPE_ERROR); }
static GpType *value_error(GpState *st) { return gp_type(st, GP_T_VALUE_ERROR); }

/* a bad argument's type as CPython's argument clinic names it */
static const char *arg_type(GpState *st, GpObject *o)
{
    return o == st->none ? "None" : o->type->name;
}

int gp_bytes_check(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_BYTES)) || gp_bytearray_check(o);
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
    GP_BYTES(o)->data[len] = 0;
    return o;
}

GpObject *gp_bytes_from(GpState *st, const char *data, size_t len)
{
    GpObject *o = gp_bytes_new(st, len);
    if (o && len)
        memcpy(GP_BYTES(o)->data, data, len);
    return o;
}

GpObject *gp_bytes_new_like(GpState *st, GpObject *like, size_t len)
{
    return gp_bytearray_check(like) ? gp_bytearray_from(st, NULL, len) : gp_bytes_new(st, len);
}

GpObject *gp_bytes_from_like(GpState *st, GpObject *like, const char *data, size_t len)
{
    return gp_bytearray_check(like) ? gp_bytearray_from(st, data, len)
                                    : gp_bytes_from(st, data, len);
}

GpObject *gp_bytes_sub(GpState *st, GpObject *like, size_t start, size_t end)
{
    if (start == 0 && end == LEN(like) && like->type == gp_type(st, GP_T_BYTES))
        return gp_incref(like);
    return gp_bytes_from_like(st, like, DATA(like) + start, end - start);
}

static void bytes_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, bytes_alloc_size(LEN(o)));
}

/* ---- repr, hash, comparison ------------------------------------------------ */

GpObject *gp_bytes_repr_with(GpState *st, GpObject *o, const char *prefix, const char *suffix)
{
    /* CPython's bytearray repr escapes ' even inside "..." */
    int escape_sq = gp_bytearray_check(o);
    static const char hex[] = "0123456789abcdef";
    const unsigned char *d = (const unsigned char *)DATA(o);
    size_t n = LEN(o);
    int sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, prefix);
    gp_strbuf_add_cp(&b, (uint32_t)quote);
    for (size_t i = 0; i < n; i++) {
        unsigned c = d[i];
        if (c == (unsigned)quote || c == '\\' || (escape_sq && c == '\'')) {
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
    gp_strbuf_add_ascii(&b, suffix);
    return gp_strbuf_finish(&b);
}

static GpObject *bytes_repr(GpState *st, GpObject *o)
{
    return gp_bytes_repr_with(st, o, "b", "");
}

static int64_t bytes_hash(GpState *st, GpObject *o)
{
    if (GP_BYTES(o)->hash == -1)
        GP_BYTES(o)->hash = gp_hash_bytes(&st->hash_key, DATA(o), LEN(o));
    return GP_BYTES(o)->hash;
}

GpObject *gp_bytes_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!gp_bytes_check(st, a) || !gp_bytes_check(st, b))
        return gp_incref(st->not_implemented);
    size_t na = LEN(a), nb = LEN(b);
    if ((op == GP_EQ || op == GP_NE) && na != nb)
        return gp_incref(op == GP_NE ? st->true_ : st->false_);
    int c = memcmp(DATA(a), DATA(b), na < nb ? na : nb);
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    return gp_obj_compare_result(st, c < 0 ? -1 : c > 0, op);
}

/* ---- sequence and mapping slots ------------------------------------------- */

ssize_t gp_bytes_len(GpState *st, GpObject *o)
{
    (void)st;
    return (ssize_t)LEN(o);
}

GpObject *gp_bytes_item(GpState *st, GpObject *o, ssize_t i)
{
    if (i < 0 || (size_t)i >= LEN(o)) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "%s",
                      gp_bytearray_check(o) ? "bytearray index out of range"
                                            : "index out of range");
        return NULL;
    }
    return gp_int_from_i64(st, (unsigned char)DATA(o)[i]);
}

GpObject *gp_bytes_subscript(GpState *st, GpObject *o, GpObject *key)
{
    size_t n = LEN(o);
    if (gp_slice_has_index(key)) {
        ssize_t i;
        if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), &i))
            return NULL;
        if (i < 0)
            i += (ssize_t)n;
        return gp_bytes_item(st, o, i);
    }
    if (gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SLICE))) {
        ssize_t start, stop, step, slen;
        if (gp_slice_indices(st, key, (ssize_t)n, &start, &stop, &step, &slen))
            return NULL;
        if (slen <= 0)
            return gp_bytes_new_like(st, o, 0);
        if (step == 1)
            return gp_bytes_sub(st, o, (size_t)start, (size_t)(start + slen));
        GpObject *r = gp_bytes_new_like(st, o, (size_t)slen);
        if (!r)
            return NULL;
        char *d = DATA(r);
        const char *s = DATA(o);
        for (ssize_t k = 0, cur = start; k < slen; k++, cur += step)
            d[k] = s[cur];
        return r;
    }
    gp_err_format(st, type_error(st), "%s indices must be integers or slices, not %s",
                  gp_bytearray_check(o) ? "bytearray" : "byte", key->type->name);
    return NULL;
}

GpObject *gp_bytes_concat(GpState *st, GpObject *a, GpObject *b)
{
    if (!gp_bytes_check(st, a) || !gp_bytes_check(st, b)) {
        gp_err_format(st, type_error(st), "can't concat %s to %s", b->type->name,
                      a->type->name);
        return NULL;
    }
    if (LEN(b) == 0)
        return gp_bytes_sub(st, a, 0, LEN(a));
    if (LEN(a) == 0 && a->type == b->type)
        return gp_bytes_sub(st, b, 0, LEN(b));
    GpObject *r = gp_bytes_new_like(st, a, LEN(a) + LEN(b));
    if (!r)
        return NULL;
    memcpy(DATA(r), DATA(a), LEN(a));
    memcpy(DATA(r) + LEN(a), DATA(b), LEN(b));
    return r;
}

GpObject *gp_bytes_repeat(GpState *st, GpObject *b, ssize_t count)
{
    size_t n = LEN(b);
    if (count <= 0 || n == 0)
        return gp_bytes_new_like(st, b, 0);
    if (count == 1)
        return gp_bytes_sub(st, b, 0, n);
    if (n > (size_t)SSIZE_MAX / (size_t)count) {
        gp_err_nomemory(st);
        return NULL;
    }
    GpObject *r = gp_bytes_new_like(st, b, n * (size_t)count);
    if (!r)
        return NULL;
    char *d = DATA(r);
    for (size_t i = 0; i < (size_t)count; i++)
        memcpy(d + i * n, DATA(b), n);
    return r;
}

int gp_bytes_byte_value(GpState *st, GpObject *o, const char *msg, unsigned char *out)
{
    ssize_t v;
    if (!gp_slice_has_index(o)) {
        gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                      o->type->name);
        return -1;
    }
    if (gp_slice_as_ssize(st, o, NULL, &v))
        return -1;
    if (v < 0 || v > 255) {
        gp_err_format(st, value_error(st), "%s", msg);
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

int gp_bytes_contains(GpState *st, GpObject *o, GpObject *sub)
{
    if (gp_bytes_check(st, sub))
        return gp_ucs_find(1, DATA(o), LEN(o), 1, DATA(sub), LEN(sub), 0, PTRDIFF_MAX) >= 0;
    if (!gp_slice_has_index(sub)) {
        gp_err_format(st, type_error(st), "a bytes-like object is required, not '%s'",
                      sub->type->name);
        return -1;
    }
    unsigned char one;
    if (gp_bytes_byte_value(st, sub, "byte must be in range(0, 256)", &one))
        return -1;
    return memchr(DATA(o), one, LEN(o)) != NULL;
}

GpObject *gp_bytes_mod(GpState *st, GpObject *a, GpObject *b)
{
    if (!gp_bytes_check(st, a))
        return gp_incref(st->not_implemented);
    return gp_bytes_percent(st, a, b);
}

/* ---- codecs: utf-8, ascii, latin-1 -------------------------------------------- */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
enum {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESCAPE, ERR_XMLCHARREF,
    ERR_UNSUPPORTED,    /* a CPython handler glasspy lacks */
    ERR_OTHER           /* not a handler at all */
};

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* the codec for an encoding name (normalized as CPython's codec lookup),
 * or -1 with LookupError */
static int codec_of(GpState *st, GpObject *enc, const char *fn)
{
    if (!gp_obj_is_instance_of_type(enc, gp_type(st, GP_T_STR))) {
        gp_err_format(st, type_error(st), "%s() argument 'encoding' must be str, not %s", fn,
                      arg_type(st, enc));
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
                      arg_type(st, e));
        return -1;
    }
    size_t len;
    char buf[64];
    const char *u = gp_str_utf8(e, buf, sizeof buf, &len);
    snprintf(name, cap, "%.*s", (int)(u ? len : 3), u ? u : "...");
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "surrogateescape", "xmlcharrefreplace"};
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    if (strcmp(name, "namereplace") == 0 || strcmp(name, "surrogatepass") == 0)
        return ERR_UNSUPPORTED;
    return ERR_OTHER;
}

/* the error of a handler that cannot handle this error: -1 */
static int handler_error(GpState *st, int errs, const char *name, const char *what)
{
    if (errs == ERR_OTHER)
        gp_err_format(st, gp_type(st, GP_T_LOOKUP_ERROR), "unknown error handler name '%s'",
                      name);
    else if (errs == ERR_UNSUPPORTED)
        gp_err_format(st, gp_type(st, GP_T_NOT_IMPLEMENTED_ERROR),
                      "glasspy does not have the '%s' error handler", name);
    else
        gp_err_format(st, type_error(st), "don't know how to handle %s in error callback",
                      what);
    return -1;
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

/* bytes -> str: each undecodable run [start, end) goes to the error handler */
static GpObject *decode(GpState *st, const char *data, size_t n, int codec, int errs,
                        const char *errname)
{
    static const char hex[] = "0123456789abcdef";
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
        switch (errs) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            gp_strbuf_add_cp(&b, 0xFFFD);
            break;
        case ERR_BACKSLASH:
            for (size_t k = start; k < end; k++) {
                gp_strbuf_add_ascii(&b, "\\x");
                gp_strbuf_add_cp(&b, (uint32_t)hex[d[k] >> 4]);
                gp_strbuf_add_cp(&b, (uint32_t)hex[d[k] & 15]);
            }
            break;
        case ERR_SURROGATEESCAPE:
            for (size_t k = start; k < end; k++)
                gp_strbuf_add_cp(&b, 0xDC00u + d[k]);
            break;
        default: {
            GpObject *s = gp_strbuf_finish(&b);
            gp_xdecref(st, s);
            if (errs == ERR_STRICT)
                decode_error(st, codec, d, start, end, reason);
            else
                handler_error(st, errs, errname, "UnicodeDecodeError");
            return NULL;
        }
        }
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

static int encodable(int codec, uint32_t c)
{
    return codec == CODEC_UTF8 ? c < 0xD800 || c > 0xDFFF : c < (codec == CODEC_ASCII ? 0x80u : 0x100u);
}

/* One pass of str -> bytes: with out NULL it measures, else it writes.  The
 * size, or -1 with the exception of a run the handler refuses. */
static ssize_t encode_pass(GpState *st, GpObject *s, int codec, int errs, const char *errname,
                           char *out)
{
    size_t n = GP_STR(s)->length, total = 0;
    const char *reason = codec == CODEC_UTF8    ? "surrogates not allowed"
                         : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
    char tmp[16];
    for (size_t i = 0; i < n;) {
        uint32_t c = gp_str_at(s, i);
        if (encodable(codec, c)) {
            size_t k = codec == CODEC_UTF8 ? gp_ucs_utf8_encode(4, &c, 1, tmp) : (tmp[0] = (char)c, 1);
            if (out)
                memcpy(out + total, tmp, k);
            total += k;
            i++;
            continue;
        }
        size_t end = i;
        while (end < n && !encodable(codec, gp_str_at(s, end)))
            end++;
        for (; i < end; i++) {
            c = gp_str_at(s, i);
            size_t k;
            switch (errs) {
            case ERR_IGNORE:
                k = 0;
                break;
            case ERR_REPLACE:
                k = 1, tmp[0] = '?';
                break;
            case ERR_BACKSLASH:
                k = (size_t)snprintf(tmp, sizeof tmp, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x",
                                     (unsigned)c);
                break;
            case ERR_XMLCHARREF:
                k = (size_t)snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)c);
                break;
            case ERR_SURROGATEESCAPE:
                if (c >= 0xDC80 && c <= 0xDCFF) {
                    k = 1, tmp[0] = (char)(c & 0xff);
                    break;
                }
                encode_error(st, codec, s, i, end, reason);
                return -1;
            case ERR_STRICT:
                encode_error(st, codec, s, i, end, reason);
                return -1;
            default:
                return handler_error(st, errs, errname, "UnicodeEncodeError");
            }
            if (out)
                memcpy(out + total, tmp, k);
            total += k;
        }
    }
    return (ssize_t)total;
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
                gp_ucs_utf8_encode(kind, data, n, GP_BYTES(r)->data);
            return r;
        }
    }
    ssize_t size = encode_pass(st, s, codec, errs, errname, NULL);
    if (size < 0)
        return NULL;
    GpObject *r = gp_bytes_new(st, (size_t)size);
    if (r)
        encode_pass(st, s, codec, errs, errname, GP_BYTES(r)->data);
    return r;
}

GpObject *gp_str_encode(GpState *st, GpObject *s, GpObject *encoding, GpObject *errors)
{
    char errname[64];
    if (encoding && !gp_obj_is_instance_of_type(encoding, gp_type(st, GP_T_STR))) {
        gp_err_format(st, type_error(st), "encode() argument 'encoding' must be str, not %s",
                      arg_type(st, encoding));
        return NULL;
    }
    int errs = errors_of(st, errors, "encode", errname, sizeof errname);
    if (errs < 0)
        return NULL;
    int codec = encoding ? codec_of(st, encoding, "encode") : CODEC_UTF8;
    if (codec < 0)
        return NULL;
    return encode(st, s, codec, errs, errname);
}

GpObject *gp_bytes_m_decode(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    GpObject *a[2];
    char errname[64];
    if (gp_args_clinic_keywords(st, "decode", names, 2, args, nargs, kwnames, a))
        return NULL;
    int codec = CODEC_UTF8;
    if (a[0] && (codec = codec_of(st, a[0], "decode")) < 0)
        return NULL;
    int errs = errors_of(st, a[1], "decode", errname, sizeof errname);
    if (errs < 0)
        return NULL;
    return decode(st, DATA(self), LEN(self), codec, errs, errname);
}

GpObject *gp_bytes_ascii_of(GpState *st, GpObject *o)
{
    GpObject *r = gp_obj_repr(st, o);
    if (!r)
        return NULL;
    GpObject *b = encode(st, r, CODEC_ASCII, ERR_BACKSLASH, "backslashreplace");
    gp_decref(st, r);
    return b;
}

/* ---- bytes(...) and bytearray(...) ------------------------------------------------ */

/* the bytes of an iterable of ints: a new bytes object, or for `name`
 * "bytearray" the bytearray they were collected in */
static GpObject *from_iterable(GpState *st, GpObject *src, const char *name)
{
    GpObject *it = gp_obj_iter(st, src);
    if (!it) {
        if (gp_err_matches(st, type_error(st))) {
            gp_err_clear(st);
            gp_err_format(st, type_error(st), "cannot convert '%s' object to %s",
                          src->type->name, name);
        }
        return NULL;
    }
    /* collected in a bytearray: its growth rule is the amortised one */
    GpObject *r = gp_bytearray_from(st, NULL, 0), *x = NULL;
    int is_ba = strcmp(name, "bytearray") == 0;
    const char *msg = is_ba ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
    if (!r)
        goto fail;
    while ((x = gp_iter_next(st, it))) {
        unsigned char c;
        if (gp_bytes_byte_value(st, x, msg, &c))
            goto fail;
        gp_decref(st, x);
        x = NULL;
        size_t n = LEN(r);
        if (gp_bytearray_resize(st, r, n + 1))
            goto fail;
        DATA(r)[n] = (char)c;
    }
    if (gp_err_occurred(st))
        goto fail;
    gp_decref(st, it);
    if (is_ba)          /* bytearray(iterable): the bytearray itself */
        return r;
    GpObject *out = gp_bytes_from(st, DATA(r), LEN(r));
    gp_decref(st, r);
    return out;
fail:
    gp_xdecref(st, x);
    gp_xdecref(st, r);
    gp_decref(st, it);
    return NULL;
}

GpObject *gp_bytes_from_args(GpState *st, GpObject *const *a, const char *name)
{
    GpObject *src = a[0];
    static const char *const what[] = {"encoding", "errors"};
    for (int k = 1; k < 3; k++)
        if (a[k] && !gp_obj_is_instance_of_type(a[k], gp_type(st, GP_T_STR))) {
            gp_err_format(st, type_error(st), "%s() argument '%s' must be str, not %s", name,
                          what[k - 1], arg_type(st, a[k]));
            return NULL;
        }
    if (src && gp_obj_is_instance_of_type(src, gp_type(st, GP_T_STR))) {
        if (!a[1]) {
            gp_err_format(st, type_error(st), "string argument without an encoding");
            return NULL;
        }
        char errname[64];
        int errs = errors_of(st, a[2], name, errname, sizeof errname);
        if (errs < 0)
            return NULL;
        int codec = codec_of(st, a[1], name);
        if (codec < 0)
            return NULL;
        return encode(st, src, codec, errs, errname);
    }
    if (a[1] || a[2]) {
        gp_err_format(st, type_error(st), a[1] ? "encoding without a string argument"
                                               : "errors without a string argument");
        return NULL;
    }
    if (!src)
        return gp_bytes_new(st, 0);
    if (gp_bytes_check(st, src))
        return src->type == gp_type(st, GP_T_BYTES) ? gp_incref(src)
                                                     : gp_bytes_from(st, DATA(src), LEN(src));
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
    return from_iterable(st, src, name);
}

static GpObject *bytes_call_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    GpObject *a[3];
    (void)type;
    if (gp_args_clinic_keywords(st, "bytes", names, 3, args, nargs, kwnames, a))
        return NULL;
    return gp_bytes_from_args(st, a, "bytes");
}

/* ---- the type --------------------------------------------------------------------- */

static GpObject *m_getnewargs(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    GpObject *copy = gp_bytes_from(st, DATA(self), LEN(self));
    if (!copy)
        return NULL;
    GpObject *t = gp_tuple_pack(st, 1, copy);
    gp_decref(st, copy);
    return t;
}

static GpObject *m_bytes(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)st, (void)args, (void)nargs, (void)kwnames;
    return gp_incref(self);
}

static const GpMethodDef bytes_methods[] = {
    GP_BYTES_SHARED_METHODS(GP_BYTES_METHOD_ENTRY)
    {"__getnewargs__", m_getnewargs, GP_METH_NOARGS},
    {"__bytes__", m_bytes, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

static const GpNumberSlots bytes_num = {
    .mod = gp_bytes_mod,
};

static const GpSequenceSlots bytes_seq = {
    .len = gp_bytes_len,
    .item = gp_bytes_item,
    .concat = gp_bytes_concat,
    .contains = gp_bytes_contains,
    .repeat = gp_bytes_repeat,
};

static const GpMappingSlots bytes_map = {
    .len = gp_bytes_len,
    .subscript = gp_bytes_subscript,
};

const GpType gp_bytes_template = {
    .name = "bytes",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpBytes),
    .itemsize = 1,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = gp_bytes_richcompare,
    .num = &bytes_num,
    .seq = &bytes_seq,
    .map = &bytes_map,
    .new_ = bytes_call_new,
    .methods = bytes_methods,
};
