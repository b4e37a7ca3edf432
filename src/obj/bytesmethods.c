/*
 * bytesmethods.c - the methods bytes and bytearray share, written once.
 *
 * Each reads its receiver through gp_byteslike_data (bytearray.h) and makes
 * its result with gp_bytes_new_like / gp_bytes_sub, so a bytes receiver
 * gives bytes and a bytearray one a bytearray (CPython's stringlib does the
 * same with templates).  Arguments accept either type where CPython's
 * buffer protocol would.  Character classes and case are ASCII only, as
 * Python's bytes.isalpha() & co.  Searching, padding and tab expansion are
 * ucs.c's kind-1 engines; whitespace is bytes' own (six characters, not
 * Latin-1's).
 *
 * Also here: the class methods fromhex and maketrans, and printf-style
 * formatting (b'%d' % x), which parses directives and converts numbers
 * with format.c's code, as str's % does.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "obj/args.h"
#include "obj/bytearray.h"
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

#define DATA(o) gp_byteslike_data(o)
#define LEN(o)  (((GpVarObject *)(o))->size)
#define UDATA(o) ((unsigned char *)gp_byteslike_data(o))

#define METHOD(name)                                                                    \
    GpObject *gp_bytes_m_##name(GpState *st, GpObject *self, GpObject *const *args,     \
                                size_t nargs, GpObject *kwnames)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kwnames

static GpType *type_error(GpState *st) { return gp_type(st, GP_T_TYPE_ERROR); }
static GpType *value_error(GpState *st) { return gp_type(st, GP_T_VALUE_ERROR); }

static GpObject *bool_obj(GpState *st, int v)
{
    return gp_incref(v ? st->true_ : st->false_);
}

/* ---- argument helpers ---------------------------------------------------------- */

/* a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'" */
static int need_bytes(GpState *st, GpObject *o)
{
    if (gp_bytes_check(st, o))
        return 0;
    gp_err_format(st, type_error(st), "a bytes-like object is required, not '%s'",
                  o->type->name);
    return -1;
}

/* an integer argument (width, tabsize, maxsplit, count) */
static int ssize_arg(GpState *st, GpObject *o, ssize_t *out)
{
    if (!gp_slice_has_index(o)) {
        gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                      o->type->name);
        return -1;
    }
    return gp_slice_as_ssize(st, o, gp_type(st, GP_T_OVERFLOW_ERROR), out);
}

/* The needle of find & co: bytes-like, or an int (one byte at *one). */
static int needle_arg(GpState *st, GpObject *sub, unsigned char *one, const char **d, size_t *n)
{
    if (gp_bytes_check(st, sub)) {
        *d = DATA(sub);
        *n = LEN(sub);
        return 0;
    }
    if (gp_slice_has_index(sub)) {
        if (gp_bytes_byte_value(st, sub, "byte must be in range(0, 256)", one))
            return -1;
        *d = (const char *)one;
        *n = 1;
        return 0;
    }
    gp_err_format(st, type_error(st), "argument should be integer or bytes-like object, not '%s'",
                  sub->type->name);
    return -1;
}

/* ---- character classes (ASCII, as Python's bytes) -------------------------------- */

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static int is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
static int is_ascii(unsigned char c) { return c < 0x80; }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? (unsigned char)(c - 32) : c; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? (unsigned char)(c + 32) : c; }

static GpObject *class_test(GpState *st, GpObject *self, int (*pred)(unsigned char), int empty)
{
    size_t n = LEN(self);
    const unsigned char *d = UDATA(self);
    if (n == 0)
        return bool_obj(st, empty);
    for (size_t i = 0; i < n; i++)
        if (!pred(d[i]))
            return bool_obj(st, 0);
    return bool_obj(st, 1);
}

#define CLASS_METHOD(name, pred, empty)          \
    METHOD(name)                                 \
    {                                            \
        UNUSED_ARGS;                             \
        return class_test(st, self, pred, empty); \
    }
CLASS_METHOD(isdigit, is_digit, 0)
CLASS_METHOD(isalpha, is_alpha, 0)
CLASS_METHOD(isalnum, is_alnum, 0)
CLASS_METHOD(isspace, is_space, 0)
CLASS_METHOD(isascii, is_ascii, 1)

/* islower / isupper: some cased byte, none of the other case */
static GpObject *case_test(GpState *st, GpObject *self, int (*yes)(unsigned char),
                           int (*no)(unsigned char))
{
    int cased = 0;
    const unsigned char *d = UDATA(self);
    for (size_t i = 0; i < LEN(self); i++) {
        if (no(d[i]))
            return bool_obj(st, 0);
        cased |= yes(d[i]);
    }
    return bool_obj(st, cased);
}

METHOD(islower)
{
    UNUSED_ARGS;
    return case_test(st, self, is_lower, is_upper);
}

METHOD(isupper)
{
    UNUSED_ARGS;
    return case_test(st, self, is_upper, is_lower);
}

METHOD(istitle)
{
    UNUSED_ARGS;
    const unsigned char *d = UDATA(self);
    int cased = 0, prev_cased = 0;
    for (size_t i = 0; i < LEN(self); i++) {
        if (is_upper(d[i])) {
            if (prev_cased)
                return bool_obj(st, 0);
            prev_cased = cased = 1;
        } else if (is_lower(d[i])) {
            if (!prev_cased)
                return bool_obj(st, 0);
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return bool_obj(st, cased);
}

/* ---- case mapping ---------------------------------------------------------------- */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static GpObject *case_map(GpState *st, GpObject *self, int op)
{
    GpObject *r = gp_bytes_new_like(st, self, LEN(self));
    if (!r)
        return NULL;
    const unsigned char *s = UDATA(self);
    unsigned char *d = UDATA(r);
    int prev_cased = 0;
    for (size_t i = 0; i < LEN(self); i++) {
        unsigned char c = s[i];
        switch (op) {
        case CASE_UPPER: c = to_upper(c); break;
        case CASE_LOWER: c = to_lower(c); break;
        case CASE_SWAP: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case CASE_CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        default:
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_alpha(c);
            break;
        }
        d[i] = c;
    }
    return r;
}

#define CASE_METHOD(name, op)              \
    METHOD(name)                           \
    {                                      \
        UNUSED_ARGS;                       \
        return case_map(st, self, op);     \
    }
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(capitalize, CASE_CAPITALIZE)
CASE_METHOD(title, CASE_TITLE)

/* ---- searching --------------------------------------------------------------------- */

static int find_args(GpState *st, const char *name, GpObject *const *args, size_t nargs,
                     unsigned char *one, const char **d, size_t *n, ptrdiff_t *start,
                     ptrdiff_t *end)
{
    if (gp_args_old_positional(st, name, nargs, 1, 3))
        return -1;
    *start = 0;
    *end = PTRDIFF_MAX;
    if (gp_slice_index(st, nargs > 1 ? args[1] : NULL, 1, start) ||
        gp_slice_index(st, nargs > 2 ? args[2] : NULL, 1, end))
        return -1;
    return needle_arg(st, args[0], one, d, n);
}

static GpObject *find_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             const char *name, int right, int raise)
{
    unsigned char one;
    const char *d;
    size_t n;
    ptrdiff_t start, end;
    if (find_args(st, name, args, nargs, &one, &d, &n, &start, &end))
        return NULL;
    ptrdiff_t r = right ? gp_ucs_rfind(1, DATA(self), LEN(self), 1, d, n, start, end)
                        : gp_ucs_find(1, DATA(self), LEN(self), 1, d, n, start, end);
    if (r < 0 && raise) {
        gp_err_format(st, value_error(st), "subsection not found");
        return NULL;
    }
    return gp_int_from_i64(st, r);
}

#define FIND_METHOD(name, right, raise)                                   \
    METHOD(name)                                                          \
    {                                                                     \
        (void)kwnames;                                                    \
        return find_common(st, self, args, nargs, #name, right, raise);   \
    }
FIND_METHOD(find, 0, 0)
FIND_METHOD(index, 0, 1)
FIND_METHOD(rfind, 1, 0)
FIND_METHOD(rindex, 1, 1)

METHOD(count)
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
        gp_slice_index(st, nargs > 1 ? args[1] : NULL, 1, &start) ||
        gp_slice_index(st, nargs > 2 ? args[2] : NULL, 1, &end))
        return NULL;
    GpObject *x = args[0];
    GpObject *const *subs = &args[0];
    size_t nsub = 1;
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_TUPLE))) {
        subs = ((GpTuple *)x)->items;
        nsub = gp_tuple_size(x);
    } else if (!gp_bytes_check(st, x)) {
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

METHOD(startswith)
{
    (void)kwnames;
    return starts_ends(st, self, args, nargs, "startswith", 0);
}

METHOD(endswith)
{
    (void)kwnames;
    return starts_ends(st, self, args, nargs, "endswith", 1);
}

static GpObject *remove_affix(GpState *st, GpObject *self, GpObject *affix, int suffix)
{
    if (need_bytes(st, affix))
        return NULL;
    size_t n = LEN(self), m = LEN(affix);
    if (m > n || memcmp(DATA(self) + (suffix ? n - m : 0), DATA(affix), m) != 0)
        return gp_bytes_sub(st, self, 0, n);
    return suffix ? gp_bytes_sub(st, self, 0, n - m) : gp_bytes_sub(st, self, m, n);
}

/* a method of one argument that calls fn(st, self, arg, flag) */
#define ONE_ARG_METHOD(name, fn, flag)            \
    METHOD(name)                                  \
    {                                             \
        (void)nargs, (void)kwnames;               \
        return fn(st, self, args[0], flag);       \
    }
ONE_ARG_METHOD(removeprefix, remove_affix, 0)
ONE_ARG_METHOD(removesuffix, remove_affix, 1)

/* ---- stripping and splitting ---------------------------------------------------------- */

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
    const unsigned char *d = UDATA(self);
    size_t a = 0, e = LEN(self);
#define STRIPPED(c) (chars ? memchr(DATA(chars), (c), LEN(chars)) != NULL : is_space(c))
    if (how & GP_UCS_LEFT)
        while (a < e && STRIPPED(d[a]))
            a++;
    if (how & GP_UCS_RIGHT)
        while (e > a && STRIPPED(d[e - 1]))
            e--;
#undef STRIPPED
    return gp_bytes_sub(st, self, a, e);
}

#define STRIP_METHOD(name, how)                                    \
    METHOD(name)                                                   \
    {                                                              \
        (void)kwnames;                                             \
        return strip_common(st, self, args, nargs, #name, how);    \
    }
STRIP_METHOD(strip, GP_UCS_BOTH)
STRIP_METHOD(lstrip, GP_UCS_LEFT)
STRIP_METHOD(rstrip, GP_UCS_RIGHT)

static int append_piece(GpState *st, GpObject *list, GpObject *self, size_t a, size_t e)
{
    GpObject *piece = gp_bytes_sub(st, self, a, e);
    if (!piece)
        return -1;
    int rc = gp_list_append(st, list, piece);
    gp_decref(st, piece);
    return rc;
}

/* The pieces [start[k], end[k]) go into a list, in order or reversed. */
static GpObject *split_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames, const char *name, int right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    GpObject *a[2];
    if (gp_args_clinic_keywords(st, name, names, 2, args, nargs, kwnames, a))
        return NULL;
    GpObject *sep = a[0] && a[0] != st->none ? a[0] : NULL;
    ssize_t maxsplit = -1;
    if (a[1] && ssize_arg(st, a[1], &maxsplit))
        return NULL;
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
    const unsigned char *d = UDATA(self);
    size_t n = LEN(self), m = sep ? LEN(sep) : 0;
    /* scan from the left (i: next unread byte) or from the right (i: end of the unread part) */
    size_t i = right ? n : 0;
    while (1) {
        size_t ws, we;      /* the next piece */
        if (!sep) {
            if (right) {
                while (i > 0 && is_space(d[i - 1]))
                    i--;
                if (i == 0)
                    break;
                we = i;
                if (maxsplit-- == 0) {
                    ws = 0;
                } else {
                    ws = i;
                    while (ws > 0 && !is_space(d[ws - 1]))
                        ws--;
                }
                i = ws;
            } else {
                while (i < n && is_space(d[i]))
                    i++;
                if (i == n)
                    break;
                ws = i;
                if (maxsplit-- == 0) {
                    we = n;
                } else {
                    we = i;
                    while (we < n && !is_space(d[we]))
                        we++;
                }
                i = we;
            }
            if (append_piece(st, list, self, ws, we))
                goto fail;
            if (right ? ws == 0 : we == n)
                break;
            continue;
        }
        ptrdiff_t k = -1;
        if (maxsplit-- > 0)
            k = right ? gp_ucs_rfind(1, d, i, 1, DATA(sep), m, 0, PTRDIFF_MAX)
                      : gp_ucs_find(1, d, n, 1, DATA(sep), m, (ptrdiff_t)i, PTRDIFF_MAX);
        if (k < 0) {
            if (right ? append_piece(st, list, self, 0, i) : append_piece(st, list, self, i, n))
                goto fail;
            break;
        }
        if (right ? append_piece(st, list, self, (size_t)k + m, i)
                  : append_piece(st, list, self, i, (size_t)k))
            goto fail;
        i = right ? (size_t)k : (size_t)k + m;
    }
    if (right) {
        GpObject **it = GP_LIST(list)->items;
        for (size_t lo = 0, hi = gp_list_size(list); lo + 1 < hi; lo++, hi--) {
            GpObject *t = it[lo];
            it[lo] = it[hi - 1];
            it[hi - 1] = t;
        }
    }
    return list;
fail:
    gp_decref(st, list);
    return NULL;
}

METHOD(split)
{
    return split_common(st, self, args, nargs, kwnames, "split", 0);
}

METHOD(rsplit)
{
    return split_common(st, self, args, nargs, kwnames, "rsplit", 1);
}

METHOD(splitlines)
{
    static const char *const names[] = {"keepends"};
    GpObject *a[1];
    if (gp_args_clinic_keywords(st, "splitlines", names, 1, args, nargs, kwnames, a))
        return NULL;
    int keep = 0;
    if (a[0] && (keep = gp_obj_truth(st, a[0])) < 0)
        return NULL;
    GpObject *list = gp_list_new(st, 0);
    if (!list)
        return NULL;
    const char *d = DATA(self);
    size_t n = LEN(self), i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            j++;
        size_t eol = j;
        if (j < n)
            eol += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        if (append_piece(st, list, self, i, keep ? eol : j)) {
            gp_decref(st, list);
            return NULL;
        }
        i = eol;
    }
    return list;
}

static GpObject *partition_common(GpState *st, GpObject *self, GpObject *sep, int right)
{
    if (need_bytes(st, sep))
        return NULL;
    size_t n = LEN(self), m = LEN(sep);
    if (m == 0) {
        gp_err_format(st, value_error(st), "empty separator");
        return NULL;
    }
    ptrdiff_t k = right ? gp_ucs_rfind(1, DATA(self), n, 1, DATA(sep), m, 0, PTRDIFF_MAX)
                        : gp_ucs_find(1, DATA(self), n, 1, DATA(sep), m, 0, PTRDIFF_MAX);
    GpObject *p[3];
    if (k < 0) {
        p[right ? 2 : 0] = gp_bytes_sub(st, self, 0, n);
        p[1] = gp_bytes_new_like(st, self, 0);
        p[right ? 0 : 2] = gp_bytes_new_like(st, self, 0);
    } else {
        p[0] = gp_bytes_sub(st, self, 0, (size_t)k);
        /* bytes gives back the separator object itself, bytearray a new one */
        p[1] = gp_bytearray_check(self) ? gp_bytearray_from(st, DATA(sep), m) : gp_incref(sep);
        p[2] = gp_bytes_sub(st, self, (size_t)k + m, n);
    }
    GpObject *t = p[0] && p[1] && p[2] ? gp_tuple_pack(st, 3, p[0], p[1], p[2]) : NULL;
    for (int i = 0; i < 3; i++)
        gp_xdecref(st, p[i]);
    return t;
}

ONE_ARG_METHOD(partition, partition_common, 0)
ONE_ARG_METHOD(rpartition, partition_common, 1)

/* ---- join, replace, translate ------------------------------------------------------------ */

METHOD(join)
{
    (void)nargs, (void)kwnames;
    GpObject *items = gp_list_from_iterable(st, args[0]);
    if (!items) {
        if (gp_err_matches(st, type_error(st))) {
            gp_err_clear(st);
            gp_err_format(st, type_error(st), "can only join an iterable");
        }
        return NULL;
    }
    size_t total = 0, k = gp_list_size(items);
    for (size_t i = 0; i < k; i++) {
        GpObject *x = gp_list_item(items, i);
        if (!gp_bytes_check(st, x)) {
            gp_err_format(st, type_error(st),
                          "sequence item %zu: expected a bytes-like object, %s found", i,
                          x->type->name);
            gp_decref(st, items);
            return NULL;
        }
        total += LEN(x) + (i ? LEN(self) : 0);
    }
    GpObject *r;
    GpObject *first = k ? gp_list_item(items, 0) : NULL;
    if (k == 1 && first->type == gp_type(st, GP_T_BYTES) && self->type == first->type) {
        r = gp_incref(first);
    } else if ((r = gp_bytes_new_like(st, self, total))) {
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
}

METHOD(replace)
{
    (void)kwnames;
    if (gp_args_clinic_positional(st, "replace", nargs, 2, 3))
        return NULL;
    GpObject *old = args[0], *new_ = args[1];
    if (need_bytes(st, old) || need_bytes(st, new_))
        return NULL;
    ssize_t count = -1;
    if (nargs > 2 && ssize_arg(st, args[2], &count))
        return NULL;
    const char *d = DATA(self);
    size_t n = LEN(self), m = LEN(old), r_len = LEN(new_);
    size_t limit = count < 0 ? SIZE_MAX : (size_t)count;
    size_t hits;
    if (m == 0)
        hits = n + 1 < limit ? n + 1 : limit;
    else
        hits = gp_ucs_count(1, d, n, 1, DATA(old), m, 0, PTRDIFF_MAX, limit);
    if (hits == 0)
        return gp_bytes_sub(st, self, 0, n);
    size_t total = n + hits * r_len - hits * m;
    GpObject *r = gp_bytes_new_like(st, self, total);
    if (!r)
        return NULL;
    char *p = DATA(r);
    size_t i = 0;
    for (size_t h = 0; h < hits; h++) {
        size_t k = m == 0 ? i
                          : (size_t)gp_ucs_find(1, d, n, 1, DATA(old), m, (ptrdiff_t)i,
                                                PTRDIFF_MAX);
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

METHOD(translate)
{
    static const char *const names[] = {"table", "delete"};
    GpObject *a[2];
    if (gp_args_clinic_keywords(st, "translate", names, 2, args, nargs, kwnames, a))
        return NULL;
    if (!a[0]) {
        gp_err_format(st, type_error(st), "translate() missing required argument 'table' (pos 1)");
        return NULL;
    }
    GpObject *table = a[0] == st->none ? NULL : a[0];
    if (table && need_bytes(st, table))
        return NULL;
    if (table && LEN(table) != 256) {
        gp_err_format(st, value_error(st), "translation table must be 256 characters long");
        return NULL;
    }
    if (a[1] && need_bytes(st, a[1]))
        return NULL;
    unsigned char del[256] = {0};
    if (a[1])
        for (size_t i = 0; i < LEN(a[1]); i++)
            del[UDATA(a[1])[i]] = 1;
    const unsigned char *s = UDATA(self), *t = table ? UDATA(table) : NULL;
    size_t n = LEN(self), kept = 0;
    int changed = 0;
    for (size_t i = 0; i < n; i++) {
        kept += !del[s[i]];
        changed |= del[s[i]] || (t && t[s[i]] != s[i]);
    }
    if (!changed)
        return gp_bytes_sub(st, self, 0, n);
    GpObject *r = gp_bytes_new_like(st, self, kept);
    if (!r)
        return NULL;
    unsigned char *d = UDATA(r);
    for (size_t i = 0; i < n; i++)
        if (!del[s[i]])
            *d++ = t ? t[s[i]] : s[i];
    return r;
}

/* ---- padding and tabs ------------------------------------------------------------------- */

/* width and optional fill byte of center/ljust/rjust; `how`: 0 center,
 * GP_UCS_LEFT ljust (pad on the right), GP_UCS_RIGHT rjust */
static GpObject *pad_common(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            const char *name, int how)
{
    if (gp_args_clinic_positional(st, name, nargs, 1, 2))
        return NULL;
    ssize_t width;
    if (ssize_arg(st, args[0], &width))
        return NULL;
    unsigned char fill = ' ';
    if (nargs > 1) {
        if (!gp_bytes_check(st, args[1]) || LEN(args[1]) != 1) {
            gp_err_format(st, type_error(st),
                          "%s() argument 2 must be a byte string of length 1, not %s", name,
                          args[1]->type->name);
            return NULL;
        }
        fill = UDATA(args[1])[0];
    }
    size_t n = LEN(self);
    if (width <= (ssize_t)n)
        return gp_bytes_sub(st, self, 0, n);
    size_t left, right;
    if (how == 0)
        gp_ucs_center_margins(n, (size_t)width, &left, &right);
    else if (how == GP_UCS_LEFT)
        left = 0, right = (size_t)width - n;
    else
        left = (size_t)width - n, right = 0;
    GpObject *r = gp_bytes_new_like(st, self, (size_t)width);
    if (r)
        gp_ucs_pad(1, DATA(r), left, 1, DATA(self), n, right, fill);
    return r;
}

#define PAD_METHOD(name, how)                                   \
    METHOD(name)                                                \
    {                                                           \
        (void)kwnames;                                          \
        return pad_common(st, self, args, nargs, #name, how);   \
    }
PAD_METHOD(center, 0)
PAD_METHOD(ljust, GP_UCS_LEFT)
PAD_METHOD(rjust, GP_UCS_RIGHT)

METHOD(zfill)
{
    (void)nargs, (void)kwnames;
    ssize_t width;
    if (ssize_arg(st, args[0], &width))
        return NULL;
    size_t n = LEN(self);
    if (width <= (ssize_t)n)
        return gp_bytes_sub(st, self, 0, n);
    GpObject *r = gp_bytes_new_like(st, self, (size_t)width);
    if (r)
        gp_ucs_zfill(1, DATA(r), 1, DATA(self), n, (size_t)width);
    return r;
}

METHOD(expandtabs)
{
    static const char *const names[] = {"tabsize"};
    GpObject *a[1];
    if (gp_args_clinic_keywords(st, "expandtabs", names, 1, args, nargs, kwnames, a))
        return NULL;
    ssize_t tabsize = 8;
    if (a[0] && ssize_arg(st, a[0], &tabsize))
        return NULL;
    size_t size = gp_ucs_expandtabs_size(1, DATA(self), LEN(self), tabsize);
    if (size == SIZE_MAX) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "result too long");
        return NULL;
    }
    GpObject *r = gp_bytes_new_like(st, self, size);
    if (r)
        gp_ucs_expandtabs(1, DATA(self), LEN(self), tabsize, DATA(r));
    return r;
}

/* ---- hex and fromhex ---------------------------------------------------------------------- */

METHOD(hex)
{
    static const char hexdig[] = "0123456789abcdef";
    static const char *const names[] = {"sep", "bytes_per_sep"};
    GpObject *a[2];
    if (gp_args_clinic_keywords(st, "hex", names, 2, args, nargs, kwnames, a))
        return NULL;
    char sep = 0;
    ssize_t per = 1;
    if (a[0]) {
        int is_str = gp_obj_is_instance_of_type(a[0], gp_type(st, GP_T_STR));
        size_t seplen;
        if (is_str)
            seplen = GP_STR(a[0])->length;
        else if (a[0]->type->seq && a[0]->type->seq->len)
            seplen = (size_t)a[0]->type->seq->len(st, a[0]);
        else {
            gp_err_format(st, type_error(st), "object of type '%s' has no len()",
                          a[0]->type->name);
            return NULL;
        }
        if (seplen != 1) {
            gp_err_format(st, value_error(st), "sep must be length 1.");
            return NULL;
        }
        uint32_t c;
        if (is_str)
            c = gp_str_at(a[0], 0);
        else if (gp_bytes_check(st, a[0]))
            c = UDATA(a[0])[0];
        else {
            gp_err_format(st, type_error(st), "sep must be str or bytes.");
            return NULL;
        }
        if (c > 127) {
            gp_err_format(st, value_error(st), "sep must be ASCII.");
            return NULL;
        }
        sep = (char)c;
    }
    if (a[1] && ssize_arg(st, a[1], &per))
        return NULL;
    size_t n = LEN(self), k = per < 0 ? (size_t)-per : (size_t)per;
    if (!sep || k == 0)
        sep = 0;
    const unsigned char *d = UDATA(self);
    size_t nsep = sep && n ? (n - 1) / k : 0;
    GpObject *r = gp_str_new(st, 2 * n + nsep, 1);
    if (!r)
        return NULL;
    GP_STR(r)->ascii = 1;
    char *p = gp_str_data(r);
    for (size_t i = 0; i < n; i++) {
        if (sep && i && (per < 0 ? i % k : (n - i) % k) == 0)
            *p++ = sep;
        *p++ = hexdig[d[i] >> 4];
        *p++ = hexdig[d[i] & 15];
    }
    return r;
}

static int hex_value(uint32_t c)
{
    return c >= '0' && c <= '9' ? (int)(c - '0')
           : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
           : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10)
                                  : -1;
}

/* cls.fromhex(string): self is the class the function is bound to */
static GpObject *fromhex(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    const char *cls = self == GP_OBJ(gp_type(st, GP_T_BYTEARRAY)) ? "bytearray" : "bytes";
    if (nargs != 1) {
        gp_err_format(st, type_error(st), "%s.fromhex() takes exactly one argument (%zu given)",
                      cls, nargs);
        return NULL;
    }
    GpObject *s = args[0];
    if (!gp_obj_is_instance_of_type(s, gp_type(st, GP_T_STR))) {
        gp_err_format(st, type_error(st), "fromhex() argument must be str, not %s",
                      s->type->name);
        return NULL;
    }
    size_t n = GP_STR(s)->length, i = 0, k = 0;
    /* at most n / 2 bytes: made as a bytes, then the class's type */
    GpObject *r = gp_bytes_new(st, n / 2);
    if (!r)
        return NULL;
    while (i < n) {
        uint32_t c = gp_str_at(s, i);
        if (c < 0x80 && is_space((unsigned char)c)) {
            i++;
            continue;
        }
        int hi = hex_value(c), lo = i + 1 < n ? hex_value(gp_str_at(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            gp_err_format(st, value_error(st),
                          "non-hexadecimal number found in fromhex() arg at position %zu",
                          hi < 0 ? i : i + 1);
            gp_decref(st, r);
            return NULL;
        }
        GP_BYTES(r)->data[k++] = (char)(hi << 4 | lo);
        i += 2;
    }
    GpObject *out = self == GP_OBJ(gp_type(st, GP_T_BYTEARRAY))
                        ? gp_bytearray_from(st, GP_BYTES(r)->data, k)
                        : gp_bytes_from(st, GP_BYTES(r)->data, k);
    gp_decref(st, r);
    return out;
}

static GpObject *maketrans(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (gp_args_clinic_positional(st, "maketrans", nargs, 2, 2) || need_bytes(st, args[0]) ||
        need_bytes(st, args[1]))
        return NULL;
    if (LEN(args[0]) != LEN(args[1])) {
        gp_err_format(st, value_error(st), "maketrans arguments must have same length");
        return NULL;
    }
    GpObject *r = gp_bytes_new(st, 256);
    if (!r)
        return NULL;
    for (int i = 0; i < 256; i++)
        GP_BYTES(r)->data[i] = (char)i;
    for (size_t i = 0; i < LEN(args[0]); i++)
        GP_BYTES(r)->data[UDATA(args[0])[i]] = DATA(args[1])[i];
    return r;
}

static const GpMethodDef fromhex_def = {"fromhex", fromhex, GP_METH_VARARGS};
static const GpMethodDef maketrans_def = {"maketrans", maketrans, GP_METH_VARARGS};

int gp_bytes_type_ready(GpState *st)
{
    static const GpTypeId types[] = {GP_T_BYTES, GP_T_BYTEARRAY};
    for (int i = 0; i < 2; i++) {
        GpType *t = gp_type(st, types[i]);
        GpObject *f = gp_cfunction_new(st, &fromhex_def, GP_OBJ(t));
        GpObject *m = f ? gp_cfunction_new(st, &maketrans_def, NULL) : NULL;
        int rc = !m || gp_dict_set_str(st, t->dict, "fromhex", f) ||
                 gp_dict_set_str(st, t->dict, "maketrans", m);
        gp_xdecref(st, f);
        gp_xdecref(st, m);
        if (rc)
            return -1;
    }
    return 0;
}

/* ---- b'...' % args ------------------------------------------------------------------------ *
 * CPython's _PyBytes_FormatEx.  format.h parses each directive and formats
 * numbers (the integer conversions with str's argument checks, which bytes
 * shares); widths and precisions count bytes (GpFormatPercent.bytes). */

typedef struct PctArgs {
    GpObject *args;             /* the tuple, the single argument, or the %(key) value */
    GpObject *owned;            /* the last %(key) value */
    ssize_t idx, len;           /* len -1: a single non-tuple argument */
    GpObject *dict;
} PctArgs;

static GpObject *next_arg(GpState *st, PctArgs *c)
{
    if (c->idx < c->len) {
        if (c->len < 0) {
            c->idx = -1;
            return c->args;
        }
        return gp_tuple_item(c->args, (size_t)c->idx++);
    }
    gp_err_format(st, type_error(st), "not enough arguments for format string");
    return NULL;
}

/* '*' width or precision: 0, or -1 with an exception */
static int star_arg(GpState *st, PctArgs *c, GpFormatPercent *p, int precision)
{
    GpObject *w = next_arg(st, c);
    ssize_t v;
    if (!w)
        return -1;
    if (!gp_obj_is_instance_of_type(w, gp_type(st, GP_T_INT))) {
        gp_err_format(st, type_error(st), "* wants int");
        return -1;
    }
    if (gp_slice_as_ssize(st, w, gp_type(st, GP_T_OVERFLOW_ERROR), &v))
        return -1;
    if (precision)
        gp_format_percent_star_precision(p, v > INT_MAX ? INT_MAX : (int)v);
    else
        gp_format_percent_star_width(p, v);
    return 0;
}

/* One conversion into fb: 0, -1 with *fe, -2 with an exception pending. */
static int pct_one(GpState *st, GpFormatPercent *p, GpObject *v, GpFormatBuf *fb,
                   GpFormatError *fe)
{
    switch (p->conv) {
    case 'b': case 's':
        if (!gp_bytes_check(st, v)) {
            gp_err_format(st, type_error(st),
                          "%%b requires a bytes-like object, or an object that implements "
                          "__bytes__, not '%s'", v->type->name);
            return -2;
        }
        p->conv = 's';
        return gp_format_percent_str(fb, p, DATA(v), LEN(v), fe);
    case 'r': case 'a': {
        GpObject *t = gp_bytes_ascii_of(st, v);
        if (!t)
            return -2;
        p->conv = 'a';
        int rc = gp_format_percent_str(fb, p, DATA(t), LEN(t), fe);
        gp_decref(st, t);
        return rc;
    }
    case 'c': {
        unsigned char c;
        if (gp_bytes_check(st, v) && LEN(v) == 1) {
            c = UDATA(v)[0];
        } else if (gp_obj_is_instance_of_type(v, gp_type(st, GP_T_INT))) {
            int64_t x;
            if (gp_int_as_i64(st, v, &x))
                gp_err_clear(st), x = -1;
            if (x < 0 || x > 255) {
                gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "%%c arg not in range(256)");
                return -2;
            }
            c = (unsigned char)x;
        } else {
            gp_err_format(st, type_error(st),
                          "%%c requires an integer in range(256) or a single byte");
            return -2;
        }
        return gp_format_percent_str(fb, p, (const char *)&c, 1, fe);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (gp_obj_is_instance_of_type(v, gp_type(st, GP_T_FLOAT))) {
            d = GP_FLOAT(v)->v;
        } else if (!gp_obj_is_instance_of_type(v, gp_type(st, GP_T_INT)) ||
                   gp_int_to_double(st, v, &d)) {
            gp_err_clear(st);
            gp_err_format(st, type_error(st), "float argument required, not %s", v->type->name);
            return -2;
        }
        return gp_format_percent_double(fb, p, d, fe);
    }
    default:
        return gp_str_percent_number(st, p, v, fb, fe);
    }
}

/* append data[0..n) to the bytearray out: 0, or -2 (MemoryError) */
static int emit(GpState *st, GpObject *out, const char *data, size_t n)
{
    size_t at = LEN(out);
    if (gp_bytearray_resize(st, out, at + n))
        return -2;
    memcpy(DATA(out) + at, data, n);
    return 0;
}

GpObject *gp_bytes_percent(GpState *st, GpObject *fmt, GpObject *args)
{
    int is_tuple = gp_obj_is_instance_of_type(args, gp_type(st, GP_T_TUPLE));
    PctArgs c = {args, NULL, is_tuple ? 0 : -2, is_tuple ? (ssize_t)gp_tuple_size(args) : -1,
                 NULL};
    if (args->type->map && args->type->map->subscript && !is_tuple &&
        !gp_bytes_check(st, args) && !gp_obj_is_instance_of_type(args, gp_type(st, GP_T_STR)))
        c.dict = args;
    /* the result is collected in a bytearray (amortised growth); the format
     * is read from a copy, so a bytearray format may not change under us */
    GpObject *copy = gp_bytes_from(st, DATA(fmt), LEN(fmt));
    GpObject *out = copy ? gp_bytearray_from(st, NULL, 0) : NULL;
    if (!out) {
        gp_xdecref(st, copy);
        return NULL;
    }
    const char *s = GP_BYTES(copy)->data;
    size_t len = LEN(copy), i = 0;
    GpFormatBuf fb;
    gp_str_format_buf_init(&fb, st);
    GpFormatError fe;
    int rc = 0;
    while (i < len && rc == 0) {
        const char *pct = memchr(s + i, '%', len - i);
        size_t j = pct ? (size_t)(pct - s) : len;
        rc = emit(st, out, s + i, j - i);
        if (rc || j >= len) {
            i = j;
            break;
        }
        size_t pos = j + 1;
        GpFormatPercent p;
        if ((rc = gp_format_percent_parse(s, len, &pos, &p, &fe)) != 0)
            break;
        /* the conversion is one byte (format.h reads it as UTF-8) */
        p.bytes = true;
        pos = p.conv_at + 1;
        p.conv = (unsigned char)s[p.conv_at] < 0x80 ? s[p.conv_at] : 0;
        i = pos;
        GpObject *v = NULL;
        if (p.has_key) {
            if (!c.dict) {
                gp_err_format(st, type_error(st), "format requires a mapping");
                rc = -2;
                break;
            }
            GpObject *key = gp_bytes_from(st, s + p.key_start, p.key_end - p.key_start);
            v = key ? c.dict->type->map->subscript(st, c.dict, key) : NULL;
            gp_xdecref(st, key);
            if (!v) {
                rc = -2;
                break;
            }
            gp_xdecref(st, c.owned);
            c.args = c.owned = v;
            c.len = -1;
            c.idx = -2;
        }
        if ((p.width_star && star_arg(st, &c, &p, 0)) ||
            (p.precision_star && star_arg(st, &c, &p, 1))) {
            rc = -2;
        } else if (p.conv == '%' && pos == j + 2) {
            rc = emit(st, out, "%", 1);     /* "%%" */
        } else if (!(v = next_arg(st, &c))) {
            rc = -2;
        } else if (p.conv == '%' || !strchr("sbracdiuoxXeEfFgG", p.conv ? p.conv : '?')) {
            if (!p.conv)    /* CPython formats the negative char value with %c */
                gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                              "character argument not in range(0x110000)");
            else
                gp_err_format(st, value_error(st),
                              "unsupported format character '%c' (0x%x) at index %zu",
                              p.conv >= 32 && p.conv < 127 ? p.conv : '?', (unsigned)p.conv,
                              pos - 1);
            rc = -2;
        } else {
            fb.len = 0;
            if ((rc = pct_one(st, &p, v, &fb, &fe)) == 0)
                rc = emit(st, out, fb.data, fb.len);
        }
    }
    gp_format_buf_free(&fb);
    if (rc == 0 && c.idx < c.len && !c.dict) {
        gp_err_format(st, type_error(st), "not all arguments converted during bytes formatting");
        rc = -2;
    }
    gp_xdecref(st, c.owned);
    gp_decref(st, copy);
    if (rc == -1)
        gp_str_raise_format_error(st, &fe);
    if (rc) {
        gp_decref(st, out);
        return NULL;
    }
    GpObject *r = gp_bytes_from_like(st, fmt, DATA(out), LEN(out));
    gp_decref(st, out);
    return r;
}
