/*
 * strmethods.c - the Python-visible methods and operators of str.
 *
 * str.c owns the object (layout, UTF-8, hashing, repr, the builder); this
 * file owns what Python code calls on it: the method table, s[i] and
 * s[a:b:c] (the mapping slot), s * n and n * s, s % args, `x in s`,
 * str(x) (the type's new_ slot), str.format and format(v, spec).
 *
 * Division of labour:
 *   - the ucs layer (ucs.h) does all text work on raw code point arrays:
 *     searching, splitting, stripping, case mapping, classes, padding, tabs;
 *     here we only parse arguments, size results and make objects;
 *   - the format layer (format.h) does format specs and %-conversions on
 *     UTF-8 text; we convert a str to UTF-8 (lone surrogates as 3-byte
 *     sequences, which format.c counts as one code point) and back.
 *
 * Argument errors follow CPython 3.11 word for word.  Three families of
 * messages exist there, depending on how each method parses its arguments:
 *   Argument Clinic, positional only:  "center expected at least 1 argument, got 0"
 *   Argument Clinic, with keywords:    "split() takes at most 2 arguments (3 given)"
 *   PyArg_ParseTuple (find & co.):     "count() takes at least 1 argument (0 given)"
 * (NOARGS / O methods get theirs from method.c: "str.zfill() takes exactly
 * one argument (0 given)").
 *
 * Results are always canonical strings (the narrowest kind), which the rest
 * of str relies on for equality.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/args.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/format.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "obj/ucs.h"

#define KIND(o) (GP_STR(o)->kind)
#define DATA(o) gp_str_data(o)
#define LEN(o)  (GP_STR(o)->length)

static GpType *type_error(GpState *st) { return gp_type(st, GP_T_TYPE_ERROR); }
static GpType *value_error(GpState *st) { return gp_type(st, GP_T_VALUE_ERROR); }

static int is_str(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_STR));
}

static int is_int(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_INT));
}

static GpObject *bool_obj(GpState *st, int v)
{
    return gp_incref(v ? st->true_ : st->false_);
}

/* s itself when it is an exact str (immutable, so sharing is safe) */
static GpObject *self_or_copy(GpState *st, GpObject *s)
{
    if (s->type == gp_type(st, GP_T_STR))
        return gp_incref(s);
    GpObject *r = gp_str_new(st, LEN(s), KIND(s));
    if (r) {
        memcpy(DATA(r), DATA(s), LEN(s) * KIND(s));
        GP_STR(r)->ascii = GP_STR(s)->ascii;
    }
    return r;
}

/* A canonical str of n code points from kind/data (any kind). */
static GpObject *from_data(GpState *st, int kind, const void *data, size_t n)
{
    uint32_t mx = gp_ucs_max_char(kind, data, n);
    GpObject *r = gp_str_new(st, n, gp_ucs_kind_for(mx));
    if (!r)
        return NULL;
    GP_STR(r)->ascii = mx < 0x80;
    gp_ucs_copy(KIND(r), DATA(r), 0, kind, data, 0, n);
    return r;
}

/* s[start:end] */
static GpObject *substr(GpState *st, GpObject *s, size_t start, size_t end)
{
    if (start == 0 && end == LEN(s))
        return self_or_copy(st, s);
    return from_data(st, KIND(s), (const uint8_t *)DATA(s) + start * KIND(s), end - start);
}

/* ---- argument helpers ------------------------------------------------------- */




/* An __index__ argument as ssize_t (clinic's Py_ssize_t converter), or
 * limited to a C int (its int converter) when c_int is set. */
static int index_arg(GpState *st, GpObject *o, ssize_t *out, int c_int)
{
    if (!gp_slice_has_index(o)) {
        gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                      o->type->name);
        return -1;
    }
    GpObject *v = gp_slice_index_int(st, o);
    if (!v)
        return -1;
    int rc = 0;
    if (gp_int_is_small(v) &&
        (!c_int || (GP_INT(v)->u.s.v >= INT_MIN && GP_INT(v)->u.s.v <= INT_MAX))) {
        *out = (ssize_t)GP_INT(v)->u.s.v;
    } else {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                      "Python int too large to convert to C %s", c_int ? "int" : "ssize_t");
        rc = -1;
    }
    gp_decref(st, v);
    return rc;
}

static int ssize_arg(GpState *st, GpObject *o, ssize_t *out)
{
    return index_arg(st, o, out, 0);
}

/* ---- UTF-8 for the format layer (lone surrogates pass as 3 bytes) ------------- */

typedef struct Utf8 {
    const char *s;
    size_t len;
    char *owned;        /* heap block to free, or NULL */
    size_t cap;
} Utf8;

static int utf8_of(GpState *st, GpObject *s, Utf8 *u)
{
    u->owned = NULL;
    u->cap = 0;
    if (GP_STR(s)->ascii) {
        u->s = DATA(s);
        u->len = LEN(s);
        return 0;
    }
    size_t n = LEN(s), need = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_str_at(s, i);
        need += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    char *b = gp_mem_alloc(st->heap, need + 1);
    if (!b) {
        gp_err_nomemory(st);
        return -1;
    }
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = gp_str_at(s, i);
        if (c < 0x80) {
            b[j++] = (char)c;
        } else if (c < 0x800) {
            b[j++] = (char)(0xC0 | (c >> 6));
            b[j++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            b[j++] = (char)(0xE0 | (c >> 12));
            b[j++] = (char)(0x80 | ((c >> 6) & 0x3F));
            b[j++] = (char)(0x80 | (c & 0x3F));
        } else {
            b[j++] = (char)(0xF0 | (c >> 18));
            b[j++] = (char)(0x80 | ((c >> 12) & 0x3F));
            b[j++] = (char)(0x80 | ((c >> 6) & 0x3F));
            b[j++] = (char)(0x80 | (c & 0x3F));
        }
    }
    b[j] = '\0';
    u->s = u->owned = b;
    u->len = j;
    u->cap = need + 1;
    return 0;
}

static void utf8_free(GpState *st, Utf8 *u)
{
    if (u->owned)
        gp_mem_free(st->heap, u->owned, u->cap);
    u->owned = NULL;
}

/* Append UTF-8 text (as format.c writes it) to a builder. */
static void strbuf_add_utf8(GpStrBuf *b, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && !b->failed)
        gp_strbuf_add_cp(b, gp_ucs_utf8_next(s, len, &i));
}

/* Free a builder's memory without making a string. */
static void strbuf_discard(GpStrBuf *b)
{
    b->failed = 1;
    gp_strbuf_finish(b);
}

static void *fbuf_grow(void *ctx, void *p, size_t old, size_t n)
{
    return gp_mem_realloc(((GpState *)ctx)->heap, p, old, n);
}

static void fbuf_release(void *ctx, void *p, size_t size)
{
    gp_mem_free(((GpState *)ctx)->heap, p, size);
}

void gp_str_format_buf_init(GpFormatBuf *fb, GpState *st)
{
    gp_format_buf_init(fb, fbuf_grow, fbuf_release, st);
}

void gp_str_raise_format_error(GpState *st, const GpFormatError *e)
{
    switch (e->kind) {
    case GP_FORMAT_MEMORY_ERROR:
        gp_err_nomemory(st);
        break;
    case GP_FORMAT_OVERFLOW_ERROR:
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "%s", e->msg);
        break;
    case GP_FORMAT_TYPE_ERROR:
        gp_err_format(st, type_error(st), "%s", e->msg);
        break;
    default:
        gp_err_format(st, value_error(st), "%s", e->msg);
        break;
    }
}

/* ascii(o): repr(o) with non-ASCII code points escaped. */
static GpObject *ascii_of(GpState *st, GpObject *o)
{
    GpObject *r = gp_obj_repr(st, o);
    if (!r || GP_STR(r)->ascii)
        return r;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    for (size_t i = 0; i < LEN(r); i++) {
        uint32_t c = gp_str_at(r, i);
        char esc[16];
        if (c < 0x80) {
            gp_strbuf_add_cp(&b, c);
            continue;
        }
        snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                 c);
        gp_strbuf_add_ascii(&b, esc);
    }
    gp_decref(st, r);
    return gp_strbuf_finish(&b);
}

/* ---- case mapping and classes ------------------------------------------------- */

static GpObject *case_map(GpState *st, GpObject *self, GpUcsCase op)
{
    GpStr *s = GP_STR(self);
    uint32_t maxchar;
    size_t n = gp_ucs_case_size(op, s->kind, gp_str_data(self), s->length, &maxchar);
    GpObject *r = gp_str_new(st, n, gp_ucs_kind_for(maxchar));
    if (!r)
        return NULL;
    GP_STR(r)->ascii = maxchar < 0x80;
    gp_ucs_case_map(op, s->kind, gp_str_data(self), s->length, GP_STR(r)->kind, gp_str_data(r));
    return r;
}

#define CASE_METHOD(fname, op)                                                              \
    static GpObject *fname(GpState *st, GpObject *self, GpObject *const *args, size_t nargs, \
                           GpObject *kwnames)                                               \
    {                                                                                       \
        (void)args, (void)nargs, (void)kwnames;                                             \
        return case_map(st, self, op);                                                      \
    }

CASE_METHOD(m_upper, GP_UCS_UPPER)
CASE_METHOD(m_lower, GP_UCS_LOWER)
CASE_METHOD(m_casefold, GP_UCS_CASEFOLD)
CASE_METHOD(m_swapcase, GP_UCS_SWAPCASE)
CASE_METHOD(m_capitalize, GP_UCS_CAPITALIZE)
CASE_METHOD(m_title, GP_UCS_TITLECASE)

#define CLASS_METHOD(fname, cls)                                                            \
    static GpObject *fname(GpState *st, GpObject *self, GpObject *const *args, size_t nargs, \
                           GpObject *kwnames)                                               \
    {                                                                                       \
        (void)args, (void)nargs, (void)kwnames;                                             \
        return bool_obj(st, gp_ucs_text_is(cls, KIND(self), DATA(self), LEN(self)));        \
    }

CLASS_METHOD(m_isalnum, GP_UCS_IS_ALNUM)
CLASS_METHOD(m_isalpha, GP_UCS_IS_ALPHA)
CLASS_METHOD(m_isascii, GP_UCS_IS_ASCII)
CLASS_METHOD(m_isdecimal, GP_UCS_IS_DECIMAL)
CLASS_METHOD(m_isdigit, GP_UCS_IS_DIGIT)
CLASS_METHOD(m_isidentifier, GP_UCS_IS_IDENTIFIER)
CLASS_METHOD(m_islower, GP_UCS_IS_LOWER)
CLASS_METHOD(m_isnumeric, GP_UCS_IS_NUMERIC)
CLASS_METHOD(m_isprintable, GP_UCS_IS_PRINTABLE)
CLASS_METHOD(m_isspace, GP_UCS_IS_SPACE)
CLASS_METHOD(m_istitle, GP_UCS_IS_TITLE)
CLASS_METHOD(m_isupper, GP_UCS_IS_UPPER)

/* ---- searching ------------------------------------------------------------------ */

/* find/rfind/index/rindex/count(sub[, start[, end]]) */
static int find_args(GpState *st, const char *name, GpObject *const *args, size_t nargs,
                     GpObject **sub, ptrdiff_t *start, ptrdiff_t *end)
{
    if (gp_args_old_positional(st, name, nargs, 1, 3))
        return -1;
    *start = 0;
    *end = PTRDIFF_MAX;
    if (gp_slice_index(st, nargs > 1 ? args[1] : NULL, 1, start) ||
        gp_slice_index(st, nargs > 2 ? args[2] : NULL, 1, end))
        return -1;
    *sub = args[0];
    if (!is_str(st, *sub)) {
        gp_err_format(st, type_error(st), "must be str, not %s", (*sub)->type->name);
        return -1;
    }
    return 0;
}

static ptrdiff_t find_in(GpObject *s, GpObject *sub, ptrdiff_t start, ptrdiff_t end, int rev)
{
    if (rev)
        return gp_ucs_rfind(KIND(s), DATA(s), LEN(s), KIND(sub), DATA(sub), LEN(sub), start, end);
    return gp_ucs_find(KIND(s), DATA(s), LEN(s), KIND(sub), DATA(sub), LEN(sub), start, end);
}

static GpObject *find_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames, const char *name, int rev, int raise)
{
    GpObject *sub;
    ptrdiff_t start, end;
    (void)kwnames;     /* method.c refuses keywords for this table entry */
    if (find_args(st, name, args, nargs, &sub, &start, &end))
        return NULL;
    ptrdiff_t r = find_in(self, sub, start, end, rev);
    if (r < 0 && raise) {
        gp_err_format(st, value_error(st), "substring not found");
        return NULL;
    }
    return gp_int_from_i64(st, r);
}

static GpObject *m_find(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    return find_common(st, self, args, nargs, kwnames, "find", 0, 0);
}

static GpObject *m_rfind(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    return find_common(st, self, args, nargs, kwnames, "rfind", 1, 0);
}

static GpObject *m_index(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    return find_common(st, self, args, nargs, kwnames, "index", 0, 1);
}

static GpObject *m_rindex(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    return find_common(st, self, args, nargs, kwnames, "rindex", 1, 1);
}

static GpObject *m_count(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    GpObject *sub;
    ptrdiff_t start, end;
    (void)kwnames;
    if (find_args(st, "count", args, nargs, &sub, &start, &end))
        return NULL;
    size_t n = gp_ucs_count(KIND(self), DATA(self), LEN(self), KIND(sub), DATA(sub), LEN(sub),
                            start, end, SIZE_MAX);
    return gp_int_from_i64(st, (int64_t)n);
}

static GpObject *starts_ends(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             const char *name, int ends)
{
    ptrdiff_t start = 0, end = PTRDIFF_MAX;
    if (gp_args_old_positional(st, name, nargs, 1, 3) ||
        gp_slice_index(st, nargs > 1 ? args[1] : NULL, 1, &start) ||
        gp_slice_index(st, nargs > 2 ? args[2] : NULL, 1, &end))
        return NULL;
    GpObject *x = args[0];
    GpObject *const *subs = &args[0];
    size_t nsub = 1;
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_TUPLE))) {
        subs = ((GpTuple *)x)->items;
        nsub = gp_tuple_size(x);
    } else if (!is_str(st, x)) {
        gp_err_format(st, type_error(st), "%s first arg must be str or a tuple of str, not %s",
                      name, x->type->name);
        return NULL;
    }
    for (size_t i = 0; i < nsub; i++) {
        GpObject *sub = subs[i];
        if (!is_str(st, sub)) {
            gp_err_format(st, type_error(st), "tuple for %s must only contain str, not %s", name,
                          sub->type->name);
            return NULL;
        }
        int hit = ends ? gp_ucs_endswith(KIND(self), DATA(self), LEN(self), KIND(sub), DATA(sub),
                                         LEN(sub), start, end)
                       : gp_ucs_startswith(KIND(self), DATA(self), LEN(self), KIND(sub),
                                           DATA(sub), LEN(sub), start, end);
        if (hit)
            return bool_obj(st, 1);
    }
    return bool_obj(st, 0);
}

static GpObject *m_startswith(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)kwnames;
    return starts_ends(st, self, args, nargs, "startswith", 0);
}

static GpObject *m_endswith(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)kwnames;
    return starts_ends(st, self, args, nargs, "endswith", 1);
}

int gp_str_contains(GpState *st, GpObject *s, GpObject *sub)
{
    if (!is_str(st, sub)) {
        gp_err_format(st, type_error(st), "'in <string>' requires string as left operand, not %s",
                      sub->type->name);
        return -1;
    }
    return find_in(s, sub, 0, PTRDIFF_MAX, 0) >= 0;
}

/* ---- splitting, partitioning, joining ------------------------------------------ */

static int append_sub(GpState *st, GpObject *list, GpObject *s, size_t a, size_t b)
{
    GpObject *piece = substr(st, s, a, b);
    if (!piece)
        return -1;
    int rc = gp_list_append(st, list, piece);
    gp_decref(st, piece);
    return rc;
}

static GpObject *split_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames, const char *name, int rev)
{
    static const char *const names[] = {"sep", "maxsplit"};
    GpObject *a[2];
    ssize_t maxsplit = -1;
    if (gp_args_clinic_keywords(st, name, names, 2, args, nargs, kwnames, a))
        return NULL;
    GpObject *sep = a[0] && a[0] != st->none ? a[0] : NULL;
    if (sep && !is_str(st, sep)) {
        gp_err_format(st, type_error(st), "must be str or None, not %s", sep->type->name);
        return NULL;
    }
    if (a[1] && ssize_arg(st, a[1], &maxsplit))
        return NULL;
    if (sep && LEN(sep) == 0) {
        gp_err_format(st, value_error(st), "empty separator");
        return NULL;
    }
    size_t maxcount = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    GpObject *list = gp_list_new(st, 0);
    if (!list)
        return NULL;
    size_t n = LEN(self), s0, s1;
    int k = KIND(self);
    const void *d = DATA(self);
    if (!sep) {
        size_t pos = rev ? n : 0, count = 0;
        for (;;) {
            int rest = count >= maxcount;
            int got = rev ? gp_ucs_rsplit_ws_next(k, d, n, &pos, rest, &s0, &s1)
                          : gp_ucs_split_ws_next(k, d, n, &pos, rest, &s0, &s1);
            if (!got)
                break;
            if (append_sub(st, list, self, s0, s1))
                goto fail;
            if (rest)
                break;
            count++;
        }
    } else if (!rev) {
        size_t i = 0, count = 0;
        while (count++ < maxcount) {
            ptrdiff_t p = gp_ucs_find(k, d, n, KIND(sep), DATA(sep), LEN(sep), (ptrdiff_t)i,
                                      PTRDIFF_MAX);
            if (p < 0)
                break;
            if (append_sub(st, list, self, i, (size_t)p))
                goto fail;
            i = (size_t)p + LEN(sep);
        }
        if (append_sub(st, list, self, i, n))
            goto fail;
    } else {
        size_t j = n, count = 0;
        while (count++ < maxcount) {
            ptrdiff_t p = gp_ucs_rfind(k, d, n, KIND(sep), DATA(sep), LEN(sep), 0, (ptrdiff_t)j);
            if (p < 0)
                break;
            if (append_sub(st, list, self, (size_t)p + LEN(sep), j))
                goto fail;
            j = (size_t)p;
        }
        if (append_sub(st, list, self, 0, j))
            goto fail;
    }
    if (rev)
        gp_list_reverse(list);
    return list;
fail:
    gp_decref(st, list);
    return NULL;
}

static GpObject *m_split(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    return split_common(st, self, args, nargs, kwnames, "split", 0);
}

static GpObject *m_rsplit(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    return split_common(st, self, args, nargs, kwnames, "rsplit", 1);
}

static GpObject *m_splitlines(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    static const char *const names[] = {"keepends"};
    GpObject *a[1];
    ssize_t keep = 0;
    if (gp_args_clinic_keywords(st, "splitlines", names, 1, args, nargs, kwnames, a))
        return NULL;
    if (a[0] && index_arg(st, a[0], &keep, 1))
        return NULL;
    GpObject *list = gp_list_new(st, 0);
    if (!list)
        return NULL;
    size_t pos = 0, s0, s1, eol;
    while (gp_ucs_splitlines_next(KIND(self), DATA(self), LEN(self), &pos, &s0, &s1, &eol)) {
        if (append_sub(st, list, self, s0, keep ? eol : s1)) {
            gp_decref(st, list);
            return NULL;
        }
    }
    return list;
}

static GpObject *partition_common(GpState *st, GpObject *self, GpObject *sep, int rev)
{
    if (!is_str(st, sep)) {
        gp_err_format(st, type_error(st), "must be str, not %s", sep->type->name);
        return NULL;
    }
    if (LEN(sep) == 0) {
        gp_err_format(st, value_error(st), "empty separator");
        return NULL;
    }
    ptrdiff_t p = find_in(self, sep, 0, PTRDIFF_MAX, rev);
    GpObject *a, *b, *c;
    if (p < 0) {
        GpObject *whole = self_or_copy(st, self);
        if (!whole)
            return NULL;
        a = rev ? gp_incref(st->empty_str) : whole;
        b = gp_incref(st->empty_str);
        c = rev ? whole : gp_incref(st->empty_str);
    } else {
        a = substr(st, self, 0, (size_t)p);
        b = self_or_copy(st, sep);
        c = substr(st, self, (size_t)p + LEN(sep), LEN(self));
    }
    GpObject *t = a && b && c ? gp_tuple_pack(st, 3, a, b, c) : NULL;
    gp_xdecref(st, a);
    gp_xdecref(st, b);
    gp_xdecref(st, c);
    return t;
}

static GpObject *m_partition(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return partition_common(st, self, args[0], 0);
}

static GpObject *m_rpartition(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return partition_common(st, self, args[0], 1);
}

static GpObject *m_join(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    GpObject *seq = args[0];
    if (gp_obj_is_instance_of_type(seq, gp_type(st, GP_T_LIST)) ||
        gp_obj_is_instance_of_type(seq, gp_type(st, GP_T_TUPLE))) {
        gp_incref(seq);
    } else {
        GpObject *it = gp_obj_iter(st, seq);
        if (!it) {
            if (gp_err_matches(st, type_error(st))) {
                gp_err_clear(st);
                gp_err_format(st, type_error(st), "can only join an iterable");
            }
            return NULL;
        }
        gp_decref(st, it);
        if (!(seq = gp_list_from_iterable(st, seq)))
            return NULL;
    }
    int is_list = gp_obj_is_instance_of_type(seq, gp_type(st, GP_T_LIST));
    size_t n = is_list ? gp_list_size(seq) : gp_tuple_size(seq);
    GpObject *r = NULL;
    if (n == 1) {
        GpObject *only = is_list ? gp_list_item(seq, 0) : gp_tuple_item(seq, 0);
        if (only->type == gp_type(st, GP_T_STR)) {
            gp_incref(only);        /* before seq goes: it may be its only owner */
            gp_decref(st, seq);
            return only;
        }
    }
    size_t total = 0;
    uint32_t mx = gp_ucs_max_char(KIND(self), DATA(self), LEN(self));
    for (size_t i = 0; i < n; i++) {
        GpObject *item = is_list ? gp_list_item(seq, i) : gp_tuple_item(seq, i);
        if (!is_str(st, item)) {
            gp_err_format(st, type_error(st), "sequence item %zu: expected str instance, %s found",
                          i, item->type->name);
            goto done;
        }
        total += LEN(item) + (i ? LEN(self) : 0);
        uint32_t m = KIND(item) == 1 && GP_STR(item)->ascii ? 0x7f
                                                            : gp_ucs_max_char(KIND(item),
                                                                              DATA(item),
                                                                              LEN(item));
        if (m > mx)
            mx = m;
    }
    if (!(r = gp_str_new(st, total, gp_ucs_kind_for(mx))))
        goto done;
    GP_STR(r)->ascii = mx < 0x80;
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        GpObject *item = is_list ? gp_list_item(seq, i) : gp_tuple_item(seq, i);
        if (i) {
            gp_ucs_copy(KIND(r), DATA(r), at, KIND(self), DATA(self), 0, LEN(self));
            at += LEN(self);
        }
        gp_ucs_copy(KIND(r), DATA(r), at, KIND(item), DATA(item), 0, LEN(item));
        at += LEN(item);
    }
done:
    gp_decref(st, seq);
    return r;
}

/* ---- stripping, affixes, replacing ----------------------------------------------- */

static GpObject *strip_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              const char *name, int which)
{
    if (gp_args_clinic_positional(st, name, nargs, 0, 1))
        return NULL;
    size_t a, b;
    if (nargs == 0 || args[0] == st->none) {
        gp_ucs_strip_ws(KIND(self), DATA(self), LEN(self), which, &a, &b);
    } else if (is_str(st, args[0])) {
        gp_ucs_strip_chars(KIND(self), DATA(self), LEN(self), KIND(args[0]), DATA(args[0]),
                           LEN(args[0]), which, &a, &b);
    } else {
        gp_err_format(st, type_error(st), "%s arg must be None or str", name);
        return NULL;
    }
    return substr(st, self, a, b);
}

static GpObject *m_strip(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    return strip_common(st, self, args, nargs, "strip", GP_UCS_BOTH);
}

static GpObject *m_lstrip(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)kwnames;
    return strip_common(st, self, args, nargs, "lstrip", GP_UCS_LEFT);
}

static GpObject *m_rstrip(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)kwnames;
    return strip_common(st, self, args, nargs, "rstrip", GP_UCS_RIGHT);
}

static GpObject *affix_common(GpState *st, GpObject *self, GpObject *x, const char *name,
                              int suffix)
{
    if (!is_str(st, x)) {
        gp_err_format(st, type_error(st), "%s() argument must be str, not %s", name,
                      x->type->name);
        return NULL;
    }
    size_t n = LEN(self), m = LEN(x);
    if (suffix && m && gp_ucs_endswith(KIND(self), DATA(self), n, KIND(x), DATA(x), m, 0,
                                       PTRDIFF_MAX))
        return substr(st, self, 0, n - m);
    if (!suffix && gp_ucs_startswith(KIND(self), DATA(self), n, KIND(x), DATA(x), m, 0,
                                     PTRDIFF_MAX))
        return substr(st, self, m, n);
    return self_or_copy(st, self);
}

static GpObject *m_removeprefix(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return affix_common(st, self, args[0], "removeprefix", 0);
}

static GpObject *m_removesuffix(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return affix_common(st, self, args[0], "removesuffix", 1);
}

static GpObject *m_replace(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)kwnames;
    if (gp_args_clinic_positional(st, "replace", nargs, 2, 3))
        return NULL;
    GpObject *old = args[0], *new_ = args[1];
    for (int i = 0; i < 2; i++) {
        if (!is_str(st, args[i])) {
            gp_err_format(st, type_error(st), "replace() argument %d must be str, not %s", i + 1,
                          args[i]->type->name);
            return NULL;
        }
    }
    ssize_t count = -1;
    if (nargs > 2 && ssize_arg(st, args[2], &count))
        return NULL;
    size_t n = LEN(self), maxcount = count < 0 ? SIZE_MAX : (size_t)count;
    int k = KIND(self);
    const void *d = DATA(self);
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    if (LEN(old) == 0) {
        size_t ins = 0;
        for (size_t i = 0; i <= n; i++) {
            if (ins < maxcount) {
                gp_strbuf_add_str(&b, new_);
                ins++;
            }
            if (i < n)
                gp_strbuf_add_cp(&b, gp_ucs_get(k, d, i));
        }
        if (ins == 0) {
            strbuf_discard(&b);
            return self_or_copy(st, self);
        }
        return gp_strbuf_finish(&b);
    }
    size_t i = 0, done = 0;
    while (done < maxcount) {
        ptrdiff_t p = gp_ucs_find(k, d, n, KIND(old), DATA(old), LEN(old), (ptrdiff_t)i,
                                  PTRDIFF_MAX);
        if (p < 0)
            break;
        for (; i < (size_t)p; i++)
            gp_strbuf_add_cp(&b, gp_ucs_get(k, d, i));
        gp_strbuf_add_str(&b, new_);
        i = (size_t)p + LEN(old);
        done++;
    }
    if (done == 0) {
        strbuf_discard(&b);
        return self_or_copy(st, self);
    }
    for (; i < n; i++)
        gp_strbuf_add_cp(&b, gp_ucs_get(k, d, i));
    return gp_strbuf_finish(&b);
}

/* ---- padding, tabs, zfill -------------------------------------------------------- */

static GpObject *pad_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            const char *name, int how)  /* -1 ljust, 0 center, 1 rjust */
{
    if (gp_args_clinic_positional(st, name, nargs, 1, 2))
        return NULL;
    ssize_t width;
    if (ssize_arg(st, args[0], &width))
        return NULL;
    uint32_t fill = ' ';
    if (nargs > 1) {
        if (!is_str(st, args[1])) {
            gp_err_format(st, type_error(st),
                          "The fill character must be a unicode character, not %s",
                          args[1]->type->name);
            return NULL;
        }
        if (LEN(args[1]) != 1) {
            gp_err_format(st, type_error(st),
                          "The fill character must be exactly one character long");
            return NULL;
        }
        fill = gp_str_at(args[1], 0);
    }
    size_t n = LEN(self);
    if (width <= 0 || (size_t)width <= n)
        return self_or_copy(st, self);
    size_t left, right, w = (size_t)width;
    if (how < 0) {
        left = 0;
        right = w - n;
    } else if (how > 0) {
        left = w - n;
        right = 0;
    } else {
        gp_ucs_center_margins(n, w, &left, &right);
    }
    uint32_t mx = gp_ucs_max_char(KIND(self), DATA(self), n);
    if (fill > mx)
        mx = fill;
    GpObject *r = gp_str_new(st, w, gp_ucs_kind_for(mx));
    if (!r)
        return NULL;
    GP_STR(r)->ascii = mx < 0x80;
    gp_ucs_pad(KIND(r), DATA(r), left, KIND(self), DATA(self), n, right, fill);
    return r;
}

static GpObject *m_center(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)kwnames;
    return pad_common(st, self, args, nargs, "center", 0);
}

static GpObject *m_ljust(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    return pad_common(st, self, args, nargs, "ljust", -1);
}

static GpObject *m_rjust(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    return pad_common(st, self, args, nargs, "rjust", 1);
}

static GpObject *m_zfill(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    ssize_t width;
    if (ssize_arg(st, args[0], &width))
        return NULL;
    size_t n = LEN(self);
    if (width <= 0 || (size_t)width <= n)
        return self_or_copy(st, self);
    GpObject *r = gp_str_new(st, (size_t)width, KIND(self));
    if (!r)
        return NULL;
    GP_STR(r)->ascii = GP_STR(self)->ascii;
    gp_ucs_zfill(KIND(r), DATA(r), KIND(self), DATA(self), n, (size_t)width);
    return r;
}

static GpObject *m_expandtabs(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    static const char *const names[] = {"tabsize"};
    GpObject *a[1];
    ssize_t tabsize = 8;
    if (gp_args_clinic_keywords(st, "expandtabs", names, 1, args, nargs, kwnames, a))
        return NULL;
    if (a[0] && index_arg(st, a[0], &tabsize, 1))
        return NULL;
    size_t n = gp_ucs_expandtabs_size(KIND(self), DATA(self), LEN(self), tabsize);
    if (n == SIZE_MAX) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "new string is too long");
        return NULL;
    }
    GpObject *r = gp_str_new(st, n, KIND(self));
    if (!r)
        return NULL;
    GP_STR(r)->ascii = GP_STR(self)->ascii;
    gp_ucs_expandtabs(KIND(self), DATA(self), LEN(self), tabsize, DATA(r));
    return r;
}

/* ---- generic subscription (translate, str.format's [key]) ------------------------ */

static GpObject *m_translate(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    GpObject *table = args[0];
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    for (size_t i = 0; i < LEN(self); i++) {
        uint32_t c = gp_str_at(self, i);
        GpObject *key = gp_int_from_i64(st, c);
        if (!key)
            goto fail;
        GpObject *v = gp_obj_getitem(st, table, key);
        gp_decref(st, key);
        if (!v) {
            if (!gp_err_matches(st, gp_type(st, GP_T_LOOKUP_ERROR)))
                goto fail;
            gp_err_clear(st);
            gp_strbuf_add_cp(&b, c);
            continue;
        }
        if (v == st->none) {
            /* deleted */
        } else if (is_int(st, v)) {
            int64_t x;
            if (!gp_int_is_small(v) || (x = GP_INT(v)->u.s.v) < 0 || x > (int64_t)GP_UCS_MAX) {
                gp_decref(st, v);
                gp_err_format(st, value_error(st), "character mapping must be in range(0x110000)");
                goto fail;
            }
            gp_strbuf_add_cp(&b, (uint32_t)x);
        } else if (is_str(st, v)) {
            gp_strbuf_add_str(&b, v);
        } else {
            gp_decref(st, v);
            gp_err_format(st, type_error(st), "character mapping must return integer, None or str");
            goto fail;
        }
        gp_decref(st, v);
    }
    return gp_strbuf_finish(&b);
fail:
    strbuf_discard(&b);
    return NULL;
}

/* encode(encoding='utf-8', errors='strict'): utf-8, ascii, latin-1 (bytes.c) */
static GpObject *m_encode(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    GpObject *a[2];
    if (gp_args_clinic_keywords(st, "encode", names, 2, args, nargs, kwnames, a))
        return NULL;
    return gp_str_encode(st, self, a[0], a[1]);
}

/* CPython's int_max_str_digits limit for decimal output of a big int. */
static int check_int_digits(GpState *st, GpObject *v)
{
    if (gp_int_is_small(v) || !gp_int_max_str_digits ||
        mpz_sizeinbase(&GP_INT(v)->u.z, 10) <= gp_int_max_str_digits)
        return 0;
    mpz_t lim;
    gp_int_gmp_enter(st);
    mpz_init(lim);
    mpz_ui_pow_ui(lim, 10, gp_int_max_str_digits);
    int over = mpz_cmpabs(&GP_INT(v)->u.z, lim) >= 0;
    mpz_clear(lim);
    if (gp_int_gmp_leave(st))
        return -1;
    if (!over)
        return 0;
    gp_err_format(st, value_error(st),
                  "Exceeds the limit (%zu digits) for integer string conversion; use "
                  "sys.set_int_max_str_digits() to increase the limit", gp_int_max_str_digits);
    return -1;
}

/* ---- format(v, spec) -------------------------------------------------------------- */

GpObject *gp_obj_format(GpState *st, GpObject *v, GpObject *spec)
{
    if (spec && !is_str(st, spec)) {
        gp_err_format(st, type_error(st), "format() argument 2 must be str, not %s",
                      spec->type->name);
        return NULL;
    }
    int empty = !spec || LEN(spec) == 0;
    int sv = is_str(st, v), iv = is_int(st, v);
    int fv = gp_obj_is_instance_of_type(v, gp_type(st, GP_T_FLOAT));
    if (empty) {
        if (sv)
            return self_or_copy(st, v);
        return gp_obj_str(st, v);
    }
    if (!sv && !iv && !fv) {
        gp_err_format(st, type_error(st), "unsupported format string passed to %s.__format__",
                      v->type->name);
        return NULL;
    }
    Utf8 us, uv = {0};
    if (utf8_of(st, spec, &us))
        return NULL;
    GpFormatBuf fb;
    gp_str_format_buf_init(&fb, st);
    GpFormatError fe;
    int rc;
    if (sv) {
        if (utf8_of(st, v, &uv)) {
            utf8_free(st, &us);
            return NULL;
        }
        rc = gp_format_str(&fb, uv.s, uv.len, us.s, us.len, v->type->name, &fe);
        utf8_free(st, &uv);
    } else if (iv && gp_int_is_small(v)) {
        rc = gp_format_int64(&fb, GP_INT(v)->u.s.v, us.s, us.len, v->type->name, &fe);
    } else if (iv) {
        GpFormatSpec ps;
        rc = gp_format_parse(us.s, us.len, GP_FORMAT_INT, v->type->name, &ps, &fe);
        if (rc == 0 && (ps.type == 'd' || ps.type == 'n' || ps.type == 0) &&
            check_int_digits(st, v)) {
            utf8_free(st, &us);
            gp_format_buf_free(&fb);
            return NULL;
        }
        if (rc == 0)
            rc = gp_format_int_spec(&fb, &GP_INT(v)->u.z, &ps, v->type->name, &fe);
    } else {
        rc = gp_format_double(&fb, GP_FLOAT(v)->v, us.s, us.len, v->type->name, &fe);
    }
    utf8_free(st, &us);
    if (rc) {
        gp_format_buf_free(&fb);
        gp_str_raise_format_error(st, &fe);
        return NULL;
    }
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    strbuf_add_utf8(&b, fb.data, fb.len);
    gp_format_buf_free(&fb);
    return gp_strbuf_finish(&b);
}

/* ---- str.format ------------------------------------------------------------------- *
 * CPython's Objects/stringlib/unicode_format.h, on code points: the
 * markup iterator, parse_field, field_name_split with the automatic
 * numbering state, the field-name iterator ('.attr', '[key]'), the
 * conversion and a recursively expanded spec (two levels at most). */

typedef struct FmtCtx {
    GpObject *const *args;      /* NULL for format_map */
    size_t nargs;
    GpObject *kwargs;           /* dict, mapping or NULL */
    int auto_state;             /* 0 init, 1 auto, 2 manual */
    size_t auto_next;
} FmtCtx;

/* A decimal index, or -1 if [a, b) is not all decimal digits (or empty);
 * -2 with ValueError on overflow. */
static ssize_t get_integer(GpState *st, GpObject *s, size_t a, size_t b)
{
    if (a >= b)
        return -1;
    ssize_t acc = 0;
    for (size_t i = a; i < b; i++) {
        int d = gp_ucs_decimal(gp_str_at(s, i));
        if (d < 0)
            return -1;
        if (acc > (SSIZE_MAX - d) / 10) {
            gp_err_format(st, value_error(st), "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static GpObject *lookup_kw(GpState *st, FmtCtx *c, GpObject *key)
{
    if (!c->kwargs) {
        gp_err_set(st, gp_type(st, GP_T_KEY_ERROR), key);
        return NULL;
    }
    if (gp_dict_check(st, c->kwargs)) {
        GpObject *v = gp_dict_get(st, c->kwargs, key);
        if (v)
            return gp_incref(v);
        if (!gp_err_occurred(st))
            gp_err_set(st, gp_type(st, GP_T_KEY_ERROR), key);
        return NULL;
    }
    return gp_obj_getitem(st, c->kwargs, key);
}

static GpObject *get_field_object(GpState *st, GpObject *fmt, size_t a, size_t b, FmtCtx *c)
{
    size_t i = a;
    while (i < b) {
        uint32_t ch = gp_str_at(fmt, i);
        if (ch == '[' || ch == '.')
            break;
        i++;
    }
    ssize_t idx = get_integer(st, fmt, a, i);
    if (idx == -2)
        return NULL;
    int empty = a == i, numeric = empty || idx != -1;
    if (numeric) {
        if (c->auto_state == 0)
            c->auto_state = empty ? 1 : 2;
        if (c->auto_state == 2 && empty) {
            gp_err_format(st, value_error(st), "cannot switch from manual field specification "
                                               "to automatic field numbering");
            return NULL;
        }
        if (c->auto_state == 1 && !empty) {
            gp_err_format(st, value_error(st), "cannot switch from automatic field numbering to "
                                               "manual field specification");
            return NULL;
        }
        if (empty)
            idx = (ssize_t)c->auto_next++;
    }
    GpObject *obj;
    if (!numeric) {
        GpObject *key = substr(st, fmt, a, i);
        if (!key)
            return NULL;
        obj = lookup_kw(st, c, key);
        gp_decref(st, key);
    } else if (!c->args) {
        gp_err_format(st, value_error(st), "Format string contains positional fields");
        return NULL;
    } else if ((size_t)idx >= c->nargs) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR),
                      "Replacement index %zd out of range for positional args tuple", idx);
        return NULL;
    } else {
        obj = gp_incref(c->args[idx]);
    }
    /* the rest: .name and [key] */
    while (obj && i < b) {
        uint32_t ch = gp_str_at(fmt, i++);
        size_t n0 = i, n1;
        int attr = ch == '.';
        if (attr) {
            while (i < b && gp_str_at(fmt, i) != '.' && gp_str_at(fmt, i) != '[')
                i++;
            n1 = i;
        } else if (ch == '[') {
            while (i < b && gp_str_at(fmt, i) != ']')
                i++;
            if (i >= b) {
                gp_err_format(st, value_error(st), "Missing ']' in format string");
                goto fail;
            }
            n1 = i++;
        } else {
            gp_err_format(st, value_error(st),
                          "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
        if (n0 == n1) {
            gp_err_format(st, value_error(st), "Empty attribute in format string");
            goto fail;
        }
        GpObject *next;
        ssize_t k = attr ? -1 : get_integer(st, fmt, n0, n1);
        if (k == -2)
            goto fail;
        if (k >= 0) {
            GpObject *ko = gp_int_from_i64(st, k);
            if (!ko)
                goto fail;
            next = gp_obj_getitem(st, obj, ko);
            gp_decref(st, ko);
        } else {
            GpObject *name = substr(st, fmt, n0, n1);
            if (!name)
                goto fail;
            next = attr ? gp_obj_getattr(st, obj, name) : gp_obj_getitem(st, obj, name);
            gp_decref(st, name);
        }
        gp_decref(st, obj);
        obj = next;
    }
    return obj;
fail:
    gp_decref(st, obj);
    return NULL;
}

static int build_string(GpState *st, GpObject *fmt, size_t a, size_t b, FmtCtx *c, int depth,
                        GpStrBuf *out);

/* One replacement field; fmt[*pos] is just after its '{'. */
static int do_field(GpState *st, GpObject *fmt, size_t *pos, size_t end, FmtCtx *c, int depth,
                    GpStrBuf *out)
{
    size_t i = *pos, name0 = i, name1, spec0 = 0, spec1 = 0;
    uint32_t ch = 0, conv = 0;
    int expand = 0, has_spec = 0;
    while (i < end) {
        ch = gp_str_at(fmt, i++);
        if (ch == '{') {
            gp_err_format(st, value_error(st), "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (i < end && gp_str_at(fmt, i) != ']')
                i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!')
            break;
    }
    name1 = i - 1;
    if (ch == '!' || ch == ':') {
        int done = 0;
        if (ch == '!') {
            if (i >= end) {
                gp_err_format(st, value_error(st),
                              "end of string while looking for conversion specifier");
                return -1;
            }
            conv = gp_str_at(fmt, i++);
            if (i < end) {
                uint32_t d = gp_str_at(fmt, i++);
                if (d == '}')
                    done = 1;
                else if (d != ':') {
                    gp_err_format(st, value_error(st), "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (!done) {
            spec0 = i;
            has_spec = 1;
            int count = 1;
            for (;;) {
                if (i >= end) {
                    gp_err_format(st, value_error(st), "unmatched '{' in format spec");
                    return -1;
                }
                uint32_t d = gp_str_at(fmt, i++);
                if (d == '{') {
                    expand = 1;
                    count++;
                } else if (d == '}' && --count == 0) {
                    spec1 = i - 1;
                    break;
                }
            }
        }
    } else if (ch != '}') {
        gp_err_format(st, value_error(st), "expected '}' before end of string");
        return -1;
    }
    *pos = i;
    GpObject *obj = get_field_object(st, fmt, name0, name1, c);
    if (!obj)
        return -1;
    if (conv) {
        GpObject *t;
        if (conv == 'r')
            t = gp_obj_repr(st, obj);
        else if (conv == 's')
            t = gp_obj_str(st, obj);
        else if (conv == 'a')
            t = ascii_of(st, obj);
        else {
            if (conv > 32 && conv < 127)
                gp_err_format(st, value_error(st), "Unknown conversion specifier %c", (int)conv);
            else
                gp_err_format(st, value_error(st), "Unknown conversion specifier \\x%x",
                              (unsigned)conv);
            t = NULL;
        }
        gp_decref(st, obj);
        if (!(obj = t))
            return -1;
    }
    GpObject *spec = NULL;
    if (has_spec) {
        if (expand) {
            GpStrBuf sb;
            gp_strbuf_init(&sb, st);
            if (build_string(st, fmt, spec0, spec1, c, depth - 1, &sb)) {
                strbuf_discard(&sb);
                gp_decref(st, obj);
                return -1;
            }
            spec = gp_strbuf_finish(&sb);
        } else {
            spec = substr(st, fmt, spec0, spec1);
        }
        if (!spec) {
            gp_decref(st, obj);
            return -1;
        }
    }
    GpObject *r = gp_obj_format(st, obj, spec);
    gp_decref(st, obj);
    gp_xdecref(st, spec);
    if (!r)
        return -1;
    gp_strbuf_add_str(out, r);
    gp_decref(st, r);
    return out->failed ? -1 : 0;
}

static int build_string(GpState *st, GpObject *fmt, size_t a, size_t b, FmtCtx *c, int depth,
                        GpStrBuf *out)
{
    if (depth <= 0) {
        gp_err_format(st, value_error(st), "Max string recursion exceeded");
        return -1;
    }
    size_t i = a;
    while (i < b) {
        uint32_t ch = gp_str_at(fmt, i++);
        if (ch != '{' && ch != '}') {
            gp_strbuf_add_cp(out, ch);
            continue;
        }
        int at_end = i >= b;
        if (ch == '}' && (at_end || gp_str_at(fmt, i) != '}')) {
            gp_err_format(st, value_error(st), "Single '}' encountered in format string");
            return -1;
        }
        if (ch == '{' && at_end) {
            gp_err_format(st, value_error(st), "Single '{' encountered in format string");
            return -1;
        }
        if (gp_str_at(fmt, i) == ch) {
            gp_strbuf_add_cp(out, ch);
            i++;
            continue;
        }
        if (do_field(st, fmt, &i, b, c, depth, out))
            return -1;
    }
    return out->failed ? -1 : 0;
}

static GpObject *format_with(GpState *st, GpObject *self, FmtCtx *c)
{
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    if (build_string(st, self, 0, LEN(self), c, 2, &b)) {
        strbuf_discard(&b);
        return NULL;
    }
    return gp_strbuf_finish(&b);
}

static GpObject *m_format(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    FmtCtx c = {args, nargs, NULL, 0, 0};
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nkw) {
        if (!(c.kwargs = gp_dict_new(st)))
            return NULL;
        for (size_t k = 0; k < nkw; k++)
            if (gp_dict_set(st, c.kwargs, gp_tuple_item(kwnames, k), args[nargs + k])) {
                gp_decref(st, c.kwargs);
                return NULL;
            }
    }
    GpObject *r = format_with(st, self, &c);
    gp_xdecref(st, c.kwargs);
    return r;
}

static GpObject *m_format_map(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    FmtCtx c = {NULL, 0, args[0], 0, 0};
    return format_with(st, self, &c);
}

/* ---- the % operator ------------------------------------------------------------------ *
 * CPython's PyUnicode_Format: the format walked as UTF-8 (format.h parses
 * the directives), literal text copied, each conversion formatted by
 * format.h into a scratch buffer and appended. */

typedef struct PctCtx {
    GpObject *args;             /* after a %(key): the value looked up (owned) */
    GpObject *owned;
    ssize_t argidx, arglen;     /* arglen -1: a single non-tuple argument */
    GpObject *dict;
} PctCtx;

static GpObject *next_arg(GpState *st, PctCtx *c)
{
    if (c->argidx < c->arglen) {
        if (c->arglen < 0) {
            c->argidx = -1;
            return c->args;
        }
        return gp_tuple_item(c->args, (size_t)c->argidx++);
    }
    gp_err_format(st, type_error(st), "not enough arguments for format string");
    return NULL;
}

/* int(v) for %d: floats truncate; NULL with CPython's errors. */
static GpObject *pct_int_value(GpState *st, GpObject *v, char conv)
{
    if (is_int(st, v))
        return gp_incref(v);
    int xo = conv == 'x' || conv == 'X' || conv == 'o';
    if (!xo && gp_obj_is_instance_of_type(v, gp_type(st, GP_T_FLOAT))) {
        double d = GP_FLOAT(v)->v;
        if (d != d) {
            gp_err_format(st, value_error(st), "cannot convert float NaN to integer");
            return NULL;
        }
        if (d == d * 2 && d != 0) {
            gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                          "cannot convert float infinity to integer");
            return NULL;
        }
        mpz_t z;
        gp_int_gmp_enter(st);
        mpz_init_set_d(z, d);
        int bad = gp_int_gmp_leave(st);
        GpObject *r = bad ? NULL : gp_int_from_mpz(st, z);
        gp_int_gmp_enter(st);
        mpz_clear(z);
        gp_int_gmp_leave(st);
        return r;
    }
    if (gp_slice_has_index(v))
        return gp_slice_index_int(st, v);
    if (xo)
        gp_err_format(st, type_error(st), "%%%c format: an integer is required, not %s", conv,
                      v->type->name);
    else
        gp_err_format(st, type_error(st), "%%%c format: a real number is required, not %s",
                      conv, v->type->name);
    return NULL;
}

static int pct_one(GpState *st, GpFormatPercent *p, GpObject *v, GpFormatBuf *fb,
                   GpFormatError *fe)
{
    char conv = p->conv;
    GpObject *t = NULL;
    int rc;
    switch (conv) {
    case 's': case 'r': case 'a': {
        t = conv == 's' ? gp_obj_str(st, v) : conv == 'r' ? gp_obj_repr(st, v) : ascii_of(st, v);
        if (!t)
            return -2;
        Utf8 u;
        if (utf8_of(st, t, &u)) {
            gp_decref(st, t);
            return -2;
        }
        rc = gp_format_percent_str(fb, p, u.s, u.len, fe);
        utf8_free(st, &u);
        gp_decref(st, t);
        return rc;
    }
    case 'c': {
        uint32_t cp;
        if (is_str(st, v)) {
            if (LEN(v) != 1)
                goto char_error;
            cp = gp_str_at(v, 0);
        } else if (gp_slice_has_index(v)) {
            if (!(t = gp_slice_index_int(st, v)))
                return -2;
            mpz_t z;
            gp_int_gmp_enter(st);
            mpz_init(z);
            gp_int_to_mpz(t, z);
            rc = gp_format_percent_char_check(z, &cp, fe);
            mpz_clear(z);
            gp_int_gmp_leave(st);
            gp_decref(st, t);
            if (rc)
                return rc;
        } else {
            goto char_error;
        }
        return gp_format_percent_char(fb, p, cp, fe);
    char_error:
        gp_err_format(st, type_error(st), "%%c requires int or char");
        return -2;
    }
    default:
        return gp_str_percent_number(st, p, v, fb, fe);
    }
}

int gp_str_percent_number(GpState *st, GpFormatPercent *p, GpObject *v, GpFormatBuf *fb,
                          GpFormatError *fe)
{
    char conv = p->conv;
    GpObject *t;
    int rc;
    switch (conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        if (!(t = pct_int_value(st, v, conv)))
            return -2;
        if (strchr("diu", conv) && check_int_digits(st, t))
            rc = -2;
        else if (gp_int_is_small(t))
            rc = gp_format_percent_int64(fb, p, GP_INT(t)->u.s.v, fe);
        else
            rc = gp_format_percent_int(fb, p, &GP_INT(t)->u.z, fe);
        gp_decref(st, t);
        return rc;
    default: {
        double d;
        if (gp_obj_is_instance_of_type(v, gp_type(st, GP_T_FLOAT))) {
            d = GP_FLOAT(v)->v;
        } else if (is_int(st, v)) {
            if (gp_int_to_double(st, v, &d))
                return -2;
        } else {
            gp_err_format(st, type_error(st), "must be real number, not %s", v->type->name);
            return -2;
        }
        return gp_format_percent_double(fb, p, d, fe);
    }
    }
}

/* How many code points are in the first `bytes` bytes of UTF-8 text s. */
static size_t cp_index(const char *s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

GpObject *gp_str_percent(GpState *st, GpObject *fmt, GpObject *args)
{
    PctCtx c = {args, NULL, 0, 0, NULL};
    if (gp_obj_is_instance_of_type(args, gp_type(st, GP_T_TUPLE))) {
        c.arglen = (ssize_t)gp_tuple_size(args);
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    if (args->type->map && args->type->map->subscript &&
        !gp_obj_is_instance_of_type(args, gp_type(st, GP_T_TUPLE)) && !is_str(st, args))
        c.dict = args;
    Utf8 u;
    if (utf8_of(st, fmt, &u))
        return NULL;
    const char *s = u.s;
    size_t len = u.len, i = 0;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    GpFormatBuf fb;
    gp_str_format_buf_init(&fb, st);
    GpFormatError fe;
    int rc = 0;
    while (i < len && rc == 0 && !b.failed) {
        size_t j = i;
        while (j < len && s[j] != '%')
            j++;
        strbuf_add_utf8(&b, s + i, j - i);
        if (j >= len) {
            i = j;
            break;
        }
        size_t pos = j + 1;
        GpFormatPercent p;
        if ((rc = gp_format_percent_parse(s, len, &pos, &p, &fe)) != 0)
            break;
        i = pos;
        GpObject *v = NULL;
        if (p.has_key) {
            if (!c.dict) {
                gp_err_format(st, type_error(st), "format requires a mapping");
                rc = -2;
                break;
            }
            GpObject *key = gp_str_from_utf8(st, s + p.key_start, p.key_end - p.key_start);
            if (!key || !(v = gp_obj_getitem(st, c.dict, key))) {
                gp_xdecref(st, key);
                rc = -2;
                break;
            }
            gp_decref(st, key);
            gp_xdecref(st, c.owned);
            c.args = c.owned = v;
            v = NULL;
            c.arglen = -1;
            c.argidx = -2;
        }
        if (p.width_star) {
            GpObject *w = next_arg(st, &c);
            ssize_t wv;
            if (!w || !is_int(st, w)) {
                if (w)
                    gp_err_format(st, type_error(st), "* wants int");
                rc = -2;
            } else if (ssize_arg(st, w, &wv)) {
                rc = -2;
            } else {
                gp_format_percent_star_width(&p, wv);
            }
        }
        if (rc == 0 && p.precision_star) {
            GpObject *w = next_arg(st, &c);
            ssize_t wv;
            if (!w || !is_int(st, w)) {
                if (w)
                    gp_err_format(st, type_error(st), "* wants int");
                rc = -2;
            } else if (index_arg(st, w, &wv, 1)) {
                rc = -2;
            } else {
                gp_format_percent_star_precision(&p, (int)wv);
            }
        }
        if (rc == 0 && p.conv == '%' && pos == j + 2) {
            gp_strbuf_add_cp(&b, '%');      /* "%%" */
        } else if (rc == 0 && !(v = next_arg(st, &c))) {
            rc = -2;
        } else if (rc == 0 &&
                   (p.conv == '%' || !strchr("sracdiuoxXeEfFgG", p.conv ? p.conv : '?'))) {
            size_t at = cp_index(s, pos) - 1;
            uint32_t cc = p.conv_cp ? p.conv_cp : (uint32_t)(unsigned char)p.conv;
            gp_err_format(st, value_error(st),
                          "unsupported format character '%c' (0x%x) at index %zu",
                          cc >= 31 && cc <= 126 ? (int)cc : '?', (unsigned)cc, at);
            rc = -2;
        } else if (rc == 0) {
            fb.len = 0;
            rc = pct_one(st, &p, v, &fb, &fe);
            if (rc == 0)
                strbuf_add_utf8(&b, fb.data, fb.len);
        }
    }
    utf8_free(st, &u);
    gp_format_buf_free(&fb);
    if (rc == 0 && !b.failed && c.argidx < c.arglen && !c.dict) {
        gp_err_format(st, type_error(st), "not all arguments converted during string formatting");
        rc = -2;
    }
    gp_xdecref(st, c.owned);
    if (rc == -1)
        gp_str_raise_format_error(st, &fe);
    if (rc) {
        strbuf_discard(&b);
        return NULL;
    }
    return gp_strbuf_finish(&b);
}

/* ---- slots: s[i], s * n, s % x, str(x) ------------------------------------------------ */

GpObject *gp_str_subscript(GpState *st, GpObject *s, GpObject *key)
{
    size_t n = LEN(s);
    if (gp_slice_has_index(key)) {
        ssize_t i;
        if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), &i))
            return NULL;
        if (i < 0)
            i += (ssize_t)n;
        if (i < 0 || (size_t)i >= n) {
            gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "string index out of range");
            return NULL;
        }
        uint32_t c = gp_str_at(s, (size_t)i);
        return from_data(st, 4, &c, 1);
    }
    if (key->type == gp_type(st, GP_T_SLICE)) {
        ssize_t start, stop, step, slen;
        if (gp_slice_indices(st, key, (ssize_t)n, &start, &stop, &step, &slen))
            return NULL;
        if (step == 1)
            return substr(st, s, (size_t)start, (size_t)start + (size_t)slen);
        uint32_t mx = gp_ucs_max_char_step(KIND(s), DATA(s), (size_t)start, step, (size_t)slen);
        GpObject *r = gp_str_new(st, (size_t)slen, gp_ucs_kind_for(mx));
        if (!r)
            return NULL;
        GP_STR(r)->ascii = mx < 0x80;
        if (slen)
            gp_ucs_copy_step(KIND(r), DATA(r), KIND(s), DATA(s), (size_t)start, step,
                             (size_t)slen);
        return r;
    }
    gp_err_format(st, type_error(st), "string indices must be integers, not '%s'",
                  key->type->name);
    return NULL;
}

GpObject *gp_str_repeat(GpState *st, GpObject *s, ssize_t count)
{
    size_t n = LEN(s);
    if (count <= 0 || n == 0)
        return gp_incref(st->empty_str);
    if (count == 1)
        return self_or_copy(st, s);
    if (n > (size_t)SSIZE_MAX / (size_t)count) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "repeated string is too long");
        return NULL;
    }
    GpObject *r = gp_str_new(st, n * (size_t)count, KIND(s));
    if (!r)
        return NULL;
    GP_STR(r)->ascii = GP_STR(s)->ascii;
    size_t bytes = n * KIND(s), total = bytes * (size_t)count, done = bytes;
    memcpy(DATA(r), DATA(s), bytes);
    while (done < total) {     /* doubling copies, as CPython */
        size_t chunk = done < total - done ? done : total - done;
        memcpy((uint8_t *)DATA(r) + done, DATA(r), chunk);
        done += chunk;
    }
    return r;
}

static GpObject *str_mod(GpState *st, GpObject *a, GpObject *b)
{
    if (!is_str(st, a))
        return gp_incref(st->not_implemented);
    return gp_str_percent(st, a, b);
}

GpObject *gp_str_call_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    GpObject *a[3];
    (void)type;
    if (gp_args_clinic_keywords(st, "str", names, 3, args, nargs, kwnames, a))
        return NULL;
    if (!a[0])
        return gp_incref(st->empty_str);
    if (a[1] || a[2]) {
        if (is_str(st, a[0]))
            gp_err_format(st, type_error(st), "decoding str is not supported");
        else
            gp_err_format(st, type_error(st),
                          "decoding to str: need a bytes-like object, %s found",
                          a[0]->type->name);
        return NULL;
    }
    return gp_obj_str(st, a[0]);
}

const GpNumberSlots gp_str_num = {
    .mod = str_mod,
};

const GpMappingSlots gp_str_map = {
    .subscript = gp_str_subscript,
};

/* ---- the method table ------------------------------------------------------------------ */

#define VA GP_METH_VARARGS
#define VAKW (GP_METH_VARARGS | GP_METH_KEYWORDS)

const GpMethodDef gp_str_methods[] = {
    {"encode", m_encode, VAKW},
    {"replace", m_replace, VA},
    {"split", m_split, VAKW},
    {"rsplit", m_rsplit, VAKW},
    {"join", m_join, GP_METH_O},
    {"capitalize", m_capitalize, GP_METH_NOARGS},
    {"casefold", m_casefold, GP_METH_NOARGS},
    {"title", m_title, GP_METH_NOARGS},
    {"center", m_center, VA},
    {"count", m_count, VA},
    {"expandtabs", m_expandtabs, VAKW},
    {"find", m_find, VA},
    {"partition", m_partition, GP_METH_O},
    {"index", m_index, VA},
    {"ljust", m_ljust, VA},
    {"lower", m_lower, GP_METH_NOARGS},
    {"lstrip", m_lstrip, VA},
    {"rfind", m_rfind, VA},
    {"rindex", m_rindex, VA},
    {"rjust", m_rjust, VA},
    {"rstrip", m_rstrip, VA},
    {"rpartition", m_rpartition, GP_METH_O},
    {"splitlines", m_splitlines, VAKW},
    {"strip", m_strip, VA},
    {"swapcase", m_swapcase, GP_METH_NOARGS},
    {"translate", m_translate, GP_METH_O},
    {"upper", m_upper, GP_METH_NOARGS},
    {"startswith", m_startswith, VA},
    {"endswith", m_endswith, VA},
    {"removeprefix", m_removeprefix, GP_METH_O},
    {"removesuffix", m_removesuffix, GP_METH_O},
    {"isascii", m_isascii, GP_METH_NOARGS},
    {"islower", m_islower, GP_METH_NOARGS},
    {"isupper", m_isupper, GP_METH_NOARGS},
    {"istitle", m_istitle, GP_METH_NOARGS},
    {"isspace", m_isspace, GP_METH_NOARGS},
    {"isdecimal", m_isdecimal, GP_METH_NOARGS},
    {"isdigit", m_isdigit, GP_METH_NOARGS},
    {"isnumeric", m_isnumeric, GP_METH_NOARGS},
    {"isalpha", m_isalpha, GP_METH_NOARGS},
    {"isalnum", m_isalnum, GP_METH_NOARGS},
    {"isidentifier", m_isidentifier, GP_METH_NOARGS},
    {"isprintable", m_isprintable, GP_METH_NOARGS},
    {"zfill", m_zfill, GP_METH_O},
    {"format", m_format, VAKW},
    {"format_map", m_format_map, GP_METH_O},
    {NULL, NULL, 0},
};

/* ---- str.maketrans, a static method ------------------------------------------------- */

static GpObject *str_maketrans(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs < 1 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      nargs ? "maketrans expected at most 3 arguments, got %zu"
                            : "maketrans() takes at least 1 argument (%zu given)", nargs);
        return NULL;
    }
    GpObject *table = gp_dict_new(st);
    if (!table)
        return NULL;
    if (nargs == 1) {
        GpObject *x = args[0];
        if (!gp_obj_is_instance_of_type(x, gp_type(st, GP_T_DICT))) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        size_t pos = 0;
        GpObject *k, *v;
        while (gp_dict_next(x, &pos, &k, &v)) {
            GpObject *key;
            if (is_str(st, k)) {
                if (GP_STR(k)->length != 1) {
                    gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                                  "string keys in translate table must be of length 1");
                    goto fail;
                }
                key = gp_int_from_i64(st, gp_str_at(k, 0));
            } else if (gp_obj_is_instance_of_type(k, gp_type(st, GP_T_INT))) {
                key = gp_incref(k);
            } else {
                gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                              "keys in translate table must be strings or integers");
                goto fail;
            }
            int rc = !key || gp_dict_set(st, table, key, v);
            gp_xdecref(st, key);
            if (rc)
                goto fail;
        }
        return table;
    }
    GpObject *x = args[0], *y = args[1], *z = nargs == 3 ? args[2] : NULL;
    if (!is_str(st, x) || !is_str(st, y) || (z && !is_str(st, z))) {
        GpObject *bad = !is_str(st, x) ? x : !is_str(st, y) ? y : z;
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "maketrans() argument %d must be str, not %s",
                      bad == x ? 1 : bad == y ? 2 : 3, bad->type->name);
        goto fail;
    }
    if (GP_STR(x)->length != GP_STR(y)->length) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (size_t i = 0; i < GP_STR(x)->length; i++) {
        GpObject *k = gp_int_from_i64(st, gp_str_at(x, i));
        GpObject *v = k ? gp_int_from_i64(st, gp_str_at(y, i)) : NULL;
        int rc = !v || gp_dict_set(st, table, k, v);
        gp_xdecref(st, k);
        gp_xdecref(st, v);
        if (rc)
            goto fail;
    }
    for (size_t i = 0; z && i < GP_STR(z)->length; i++) {
        GpObject *k = gp_int_from_i64(st, gp_str_at(z, i));
        int rc = !k || gp_dict_set(st, table, k, st->none);
        gp_xdecref(st, k);
        if (rc)
            goto fail;
    }
    return table;
fail:
    gp_decref(st, table);
    return NULL;
}

static const GpMethodDef maketrans_def = {"maketrans", str_maketrans, GP_METH_VARARGS};

int gp_str_type_ready(GpState *st)
{
    GpObject *f = gp_cfunction_new(st, &maketrans_def, NULL);
    int rc = !f || gp_dict_set_str(st, gp_type(st, GP_T_STR)->dict, "maketrans", f);
    gp_xdecref(st, f);
    return rc ? -1 : 0;
}
