/*
 * str.c - the str type (see str.h for the layout).
 */
#include "obj/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/hash.h"
#include "obj/state.h"
#include "obj/ucs.h"

static size_t str_bytes(size_t length, int kind)
{
    return sizeof(GpStr) + (length + 1) * (size_t)kind;
}

size_t gp_str_bytes_max(size_t utf8_len)
{
    /* never more code points than bytes, never more than 4 bytes a point */
    return gp_mem_usable(str_bytes(utf8_len, 4));
}

GpObject *gp_str_new(GpState *st, size_t length, int kind)
{
    if (length > (SIZE_MAX - sizeof(GpStr)) / 4 - 1) {
        gp_err_nomemory(st);
        return NULL;
    }
    /* the caller writes the code points: only the header and the
     * terminating zero are set here, so a long string is not zeroed first */
    GpStr *s = (GpStr *)gp_obj_alloc_atom(st, gp_type(st, GP_T_STR), str_bytes(length, kind));
    if (!s)
        return NULL;
    memset((char *)s + sizeof(GpObject), 0, sizeof(GpStr) - sizeof(GpObject));
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    memset((uint8_t *)gp_str_data(GP_OBJ(s)) + length * (size_t)kind, 0, (size_t)kind);
    return GP_OBJ(s);
}

static void put(GpObject *o, size_t i, uint32_t c)
{
    gp_ucs_set(GP_STR(o)->kind, gp_str_data(o), i, c);
}

/* A str from code points; the kind from their largest. */
static GpObject *from_cps(GpState *st, const uint32_t *cp, size_t n, uint32_t maxchar)
{
    GpObject *s = gp_str_new(st, n, gp_ucs_kind_for(maxchar));
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++)
        put(s, i, cp[i]);
    GP_STR(s)->ascii = maxchar < 0x80;
    return s;
}

/* ---- UTF-8 (validation and decoding are the ucs layer's) ------------------- */

GpObject *gp_str_from_utf8(GpState *st, const char *text, size_t len)
{
    GpUcsInfo info;
    GpUcsError uerr;
    if (gp_ucs_utf8_scan(text, len, &info, &uerr) != 0) {
        char msg[160];
        gp_ucs_error_format(&uerr, msg, sizeof msg);
        gp_err_format(st, gp_type(st, GP_T_UNICODE_ERROR), "%s", msg);
        return NULL;
    }
    GpObject *o = gp_str_new(st, info.length, info.kind);
    if (!o)
        return NULL;
    GP_STR(o)->ascii = (uint8_t)info.ascii;
    gp_ucs_utf8_decode(text, len, info.kind, gp_str_data(o));
    return o;
}

GpObject *gp_str_from_utf8_surrogatepass(GpState *st, const char *text, size_t len)
{
    size_t n = 0, i = 0;
    uint32_t maxchar = 0;
    while (i < len) {
        uint32_t c = gp_ucs_utf8_next(text, len, &i);
        maxchar = c > maxchar ? c : maxchar;
        n++;
    }
    GpObject *o = gp_str_new(st, n, gp_ucs_kind_for(maxchar));
    if (!o)
        return NULL;
    GP_STR(o)->ascii = maxchar < 128;
    i = 0;
    for (size_t k = 0; k < n; k++)
        gp_ucs_set(GP_STR(o)->kind, gp_str_data(o), k, gp_ucs_utf8_next(text, len, &i));
    return o;
}

GpObject *gp_str_from_cstr(GpState *st, const char *s)
{
    return gp_str_from_utf8(st, s, strlen(s));
}

GpObject *gp_str_vformat(GpState *st, const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0) {
        va_end(ap2);
        gp_err_format(st, gp_type(st, GP_T_SYSTEM_ERROR), "bad format string");
        return NULL;
    }
    if ((size_t)n < sizeof small) {
        va_end(ap2);
        return gp_str_from_utf8(st, small, (size_t)n);
    }
    char *big = gp_mem_alloc(st->heap, (size_t)n + 1);
    if (!big) {
        va_end(ap2);
        gp_err_nomemory(st);
        return NULL;
    }
    vsnprintf(big, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    GpObject *r = gp_str_from_utf8(st, big, (size_t)n);
    gp_mem_free(st->heap, big, (size_t)n + 1);
    return r;
}

GpObject *gp_str_format(GpState *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    GpObject *r = gp_str_vformat(st, fmt, ap);
    va_end(ap);
    return r;
}

const char *gp_str_utf8(const GpObject *o, char *buf, size_t cap, size_t *len)
{
    const GpStr *s = (const GpStr *)o;
    if (s->ascii) {
        *len = s->length;
        return gp_str_data(o);
    }
    size_t n;
    GpUcsError uerr;
    if (gp_ucs_utf8_size(s->kind, gp_str_data(o), s->length, &n, &uerr) != 0 || n + 1 > cap)
        return NULL;
    gp_ucs_utf8_encode(s->kind, gp_str_data(o), s->length, buf);
    buf[n] = '\0';
    *len = n;
    return buf;
}

void gp_str_fwrite(const GpObject *s, FILE *fp)
{
    const GpStr *str = GP_STR(s);
    if (str->ascii) {
        fwrite(gp_str_data(s), 1, str->length, fp);
        return;
    }
    char buf[256];
    size_t n = 0;
    for (size_t i = 0; i < str->length; i++) {
        uint32_t c = gp_str_at(s, i);
        n += gp_ucs_utf8_encode(4, &c, 1, buf + n);
        if (n > sizeof buf - 4) {
            fwrite(buf, 1, n, fp);
            n = 0;
        }
    }
    fwrite(buf, 1, n, fp);
}

GpObject *gp_str_concat(GpState *st, GpObject *a, GpObject *b)
{
    size_t la = GP_STR(a)->length, lb = GP_STR(b)->length;
    int kind = GP_STR(a)->kind > GP_STR(b)->kind ? GP_STR(a)->kind : GP_STR(b)->kind;
    GpObject *r = gp_str_new(st, la + lb, kind);
    if (!r)
        return NULL;
    GP_STR(r)->ascii = GP_STR(a)->ascii && GP_STR(b)->ascii;
    if (GP_STR(a)->kind == kind && GP_STR(b)->kind == kind) {
        memcpy(gp_str_data(r), gp_str_data(a), la * (size_t)kind);
        memcpy((uint8_t *)gp_str_data(r) + la * (size_t)kind, gp_str_data(b),
               lb * (size_t)kind);
        return r;
    }
    for (size_t i = 0; i < la; i++)
        put(r, i, gp_str_at(a, i));
    for (size_t i = 0; i < lb; i++)
        put(r, la + i, gp_str_at(b, i));
    return r;
}

GpObject *gp_str_append(GpState *st, GpObject *a, GpObject *b)
{
    GpStr *x = GP_STR(a), *y = GP_STR(b);
    if (gp_refcount(a) != 1 || a->type != gp_type(st, GP_T_STR) || y->kind > x->kind ||
        gp_image_area_of(st->img, a) != GP_AREA_HEAP || x->interned) {
        GpObject *r = gp_str_concat(st, a, b);
        gp_decref(st, a);
        return r;
    }
    size_t la = x->length, lb = y->length;
    GpObject *r = gp_obj_resize(st, a, str_bytes(la, x->kind), str_bytes(la + lb, x->kind));
    if (!r) {
        gp_decref(st, a);
        return NULL;
    }
    GpStr *s = GP_STR(r);
    for (size_t i = 0; i < lb; i++)
        put(r, la + i, gp_str_at(b, i));
    put(r, la + lb, 0);
    s->length = la + lb;
    s->hash = -1;
    s->ascii = s->ascii && y->ascii;
    return r;
}

int gp_str_equal(const GpObject *a, const GpObject *b)
{
    const GpStr *x = (const GpStr *)a, *y = (const GpStr *)b;
    if (a == b)
        return 1;
    if (x->length != y->length || x->kind != y->kind)
        return 0;   /* kinds are canonical: equal text has equal kind */
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return 0;
    return memcmp(gp_str_data(a), gp_str_data(b), x->length * x->kind) == 0;
}

int gp_str_equal_cstr(const GpObject *a, const char *s)
{
    const GpStr *x = (const GpStr *)a;
    size_t n = strlen(s);
    return x->ascii && x->length == n && memcmp(gp_str_data(a), s, n) == 0;
}

/* ---- the builder ------------------------------------------------------------ */

void gp_strbuf_init(GpStrBuf *b, GpState *st)
{
    memset(b, 0, sizeof *b);
    b->st = st;
}

static int reserve(GpStrBuf *b, size_t more)
{
    if (b->failed)
        return -1;
    if (b->len + more <= b->cap)
        return 0;
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + more)
        ncap *= 2;
    uint32_t *n = gp_mem_realloc(b->st->heap, b->cp, b->cap * 4, ncap * 4);
    if (!n) {
        gp_err_nomemory(b->st);
        b->failed = 1;
        return -1;
    }
    b->cp = n;
    b->cap = ncap;
    return 0;
}

void gp_strbuf_add_cp(GpStrBuf *b, uint32_t c)
{
    if (reserve(b, 1))
        return;
    b->cp[b->len++] = c;
    if (c > b->maxchar)
        b->maxchar = c;
}

void gp_strbuf_add_ascii(GpStrBuf *b, const char *s)
{
    size_t n = strlen(s);
    if (reserve(b, n))
        return;
    for (size_t i = 0; i < n; i++)
        b->cp[b->len++] = (uint8_t)s[i];
    if (n && b->maxchar < 0x7f)
        b->maxchar = 0x7f;
}

void gp_strbuf_add_str(GpStrBuf *b, const GpObject *s)
{
    size_t n = GP_STR(s)->length;
    if (reserve(b, n))
        return;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_str_at(s, i);
        b->cp[b->len++] = c;
        if (c > b->maxchar)
            b->maxchar = c;
    }
}

void gp_strbuf_add_repr(GpStrBuf *b, GpObject *o)
{
    if (b->failed)
        return;
    GpObject *r = gp_obj_repr(b->st, o);
    if (!r) {
        b->failed = 1;
        return;
    }
    gp_strbuf_add_str(b, r);
    gp_decref(b->st, r);
}

GpObject *gp_strbuf_finish(GpStrBuf *b)
{
    GpObject *r = b->failed ? NULL : from_cps(b->st, b->cp, b->len, b->maxchar);
    gp_mem_free(b->st->heap, b->cp, b->cap * 4);
    b->cp = NULL;
    b->cap = b->len = 0;
    return r;
}

/* ---- the type's slots -------------------------------------------------------- */

static void str_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, str_bytes(GP_STR(o)->length, GP_STR(o)->kind));
}

static GpObject *str_repr(GpState *st, GpObject *o)
{
    size_t n = GP_STR(o)->length;
    int has_single = 0, has_double = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_str_at(o, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t q = has_single && !has_double ? '"' : '\'';
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_cp(&b, q);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_str_at(o, i);
        char esc[16];
        if (c == q || c == '\\') {
            gp_strbuf_add_cp(&b, '\\');
            gp_strbuf_add_cp(&b, c);
        } else if (c == '\t') {
            gp_strbuf_add_ascii(&b, "\\t");
        } else if (c == '\n') {
            gp_strbuf_add_ascii(&b, "\\n");
        } else if (c == '\r') {
            gp_strbuf_add_ascii(&b, "\\r");
        } else if (c < 0x20 || c == 0x7f) {
            snprintf(esc, sizeof esc, "\\x%02x", c);
            gp_strbuf_add_ascii(&b, esc);
        } else if (c < 0x7f || gp_ucs_isprintable(c)) {
            gp_strbuf_add_cp(&b, c);
        } else {
            snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x"
                                                                          : "\\U%08x", c);
            gp_strbuf_add_ascii(&b, esc);
        }
    }
    gp_strbuf_add_cp(&b, q);
    return gp_strbuf_finish(&b);
}

static GpObject *str_str(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(o);
}

static int64_t str_hash(GpState *st, GpObject *o)
{
    GpStr *s = GP_STR(o);
    if (s->hash == -1)
        /* the kinds are PEP 393's, so the raw buffer hashes as CPython's */
        s->hash = gp_hash_bytes(&st->hash_key, gp_str_data(o), s->length * s->kind);
    return s->hash;
}

int gp_str_compare(const GpObject *a, const GpObject *b)
{
    return gp_ucs_compare(GP_STR(a)->kind, gp_str_data(a), GP_STR(a)->length,
                          GP_STR(b)->kind, gp_str_data(b), GP_STR(b)->length);
}

static GpObject *str_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!gp_obj_is_instance_of_type(b, gp_type(st, GP_T_STR)))
        return gp_incref(st->not_implemented);
    if (op == GP_EQ || op == GP_NE)
        return gp_obj_compare_result(st, !gp_str_equal(a, b), op);
    return gp_obj_compare_result(st, gp_str_compare(a, b), op);
}

static ssize_t str_len(GpState *st, GpObject *o)
{
    (void)st;
    return (ssize_t)GP_STR(o)->length;
}

static GpObject *str_item(GpState *st, GpObject *o, ssize_t i)
{
    if (i < 0 || (size_t)i >= GP_STR(o)->length) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "string index out of range");
        return NULL;
    }
    uint32_t c = gp_str_at(o, (size_t)i);
    return from_cps(st, &c, 1, c);
}

static GpObject *str_concat(GpState *st, GpObject *a, GpObject *b)
{
    if (!gp_obj_is_instance_of_type(b, gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "can only concatenate str (not \"%s\") to str", b->type->name);
        return NULL;
    }
    return gp_str_concat(st, a, b);
}

static const GpSequenceSlots str_seq = {
    .len = str_len,
    .item = str_item,
    .concat = str_concat,
    .contains = gp_str_contains,
    .repeat = gp_str_repeat,
};

const GpType gp_str_template = {
    .name = "str",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpStr),
    .itemsize = 1,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .new_ = gp_str_call_new,
    .num = &gp_str_num,
    .seq = &str_seq,
    .map = &gp_str_map,
    .methods = gp_str_methods,
};
