/*
 * bytearray.c - the bytearray type (layout in bytearray.h): its buffer,
 * growth, constructor and mutation.  What it shares with bytes (repr,
 * comparison, indexing and slicing, +, *, %, and every read-only method)
 * is bytes.c's and bytesmethods.c's code.
 *
 * Growth rule (CPython 3.11's PyByteArray_Resize), for a new size n:
 *
 *   n + 1 <= alloc:  n < alloc / 2 ? shrink to exactly n + 1 : keep the buffer
 *   n + 1 >  alloc:  n <= alloc * 1.125 ? alloc = n + n/8 + (n < 9 ? 3 : 6)
 *                                       : alloc = n + 1
 *
 * so appends give alloc 2, 5, 8, 12, 19, 27, 36, ... as CPython's, and a
 * bytearray made from known data holds exactly n + 1.
 *
 * Mutation keeps the object consistent before anything that can fail or
 * run code: a slice assignment first turns its source into bytes (which
 * may iterate arbitrary objects), then resizes and copies.
 */
#include "obj/bytearray.h"

#include <stdint.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/args.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/slice.h"
#include "obj/tuple.h"

#define BA(o)   GP_BYTEARRAY(o)
#define LEN(o)  (((GpVarObject *)(o))->size)
#define DATA(o) gp_byteslike_data(o)

static GpType *type_error(GpState *st) { return gp_type(st, GP_T_TYPE_ERROR); }

static GpArea *area_of(GpState *st, void *p)
{
    return &st->img->areas[gp_image_area_of(st->img, p)];
}

/* ---- the buffer ------------------------------------------------------------------ */

int gp_bytearray_resize(GpState *st, GpObject *o, size_t size)
{
    GpBytearray *b = BA(o);
    size_t alloc = b->alloc;
    if (size == LEN(o))
        return 0;
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) {
            LEN(o) = size;
            b->buf[size] = 0;
            return 0;
        }
        alloc = size + 1;
    } else if (size <= alloc + alloc / 8) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    if (size >= (size_t)SSIZE_MAX - 16) {
        gp_err_nomemory(st);
        return -1;
    }
    char *buf = b->buf ? gp_mem_realloc(area_of(st, b->buf), b->buf, b->alloc, alloc)
                       : gp_mem_alloc(gp_state_area(st), alloc);
    if (!buf) {
        gp_err_nomemory(st);
        return -1;
    }
    b->buf = buf;
    b->alloc = alloc;
    LEN(o) = size;
    buf[size] = 0;
    return 0;
}

GpObject *gp_bytearray_from(GpState *st, const char *data, size_t len)
{
    GpObject *o = gp_obj_alloc(st, gp_type(st, GP_T_BYTEARRAY), sizeof(GpBytearray));
    if (!o)
        return NULL;
    if (len && gp_bytearray_resize(st, o, len)) {
        gp_decref(st, o);
        return NULL;
    }
    if (len) {
        if (data)
            memcpy(BA(o)->buf, data, len);
        else
            memset(BA(o)->buf, 0, len);
    }
    return o;
}

size_t gp_bytearray_sizeof(const GpObject *o)
{
    return sizeof(GpBytearray) + BA(o)->alloc;
}

static void bytearray_dealloc(GpState *st, GpObject *o)
{
    if (BA(o)->buf)
        gp_mem_free(area_of(st, BA(o)->buf), BA(o)->buf, BA(o)->alloc);
    gp_obj_free(st, o, sizeof(GpBytearray));
}

/* Replace o[lo:hi] by data[0..n) (data must not point into o). */
static int replace_range(GpState *st, GpObject *o, size_t lo, size_t hi, const char *data,
                         size_t n)
{
    size_t size = LEN(o), tail = size - hi;
    if (n < hi - lo) {
        memmove(BA(o)->buf + lo + n, BA(o)->buf + hi, tail);
        if (gp_bytearray_resize(st, o, size - (hi - lo) + n))
            return -1;
    } else if (n > hi - lo) {
        if (gp_bytearray_resize(st, o, size + n - (hi - lo)))
            return -1;
        memmove(BA(o)->buf + lo + n, BA(o)->buf + hi, tail);
    }
    if (n)
        memcpy(BA(o)->buf + lo, data, n);
    return 0;
}

/* ---- slots ------------------------------------------------------------------------- */

static GpObject *bytearray_repr(GpState *st, GpObject *o)
{
    return gp_bytes_repr_with(st, o, "bytearray(b", ")");
}

static int64_t bytearray_hash(GpState *st, GpObject *o)
{
    gp_err_format(st, type_error(st), "unhashable type: '%s'", o->type->name);
    return -1;
}

/* the bytes of an assigned value (bytes-like or an iterable of ints), as a
 * new bytes object: a copy, so that b[1:3] = b works */
static GpObject *assigned_bytes(GpState *st, GpObject *v)
{
    if (gp_obj_is_instance_of_type(v, gp_type(st, GP_T_STR)) || gp_slice_has_index(v) ||
        gp_obj_is_instance_of_type(v, gp_type(st, GP_T_FLOAT))) {
        gp_err_format(st, type_error(st),
                      "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return NULL;
    }
    GpObject *a[3] = {v, NULL, NULL};
    GpObject *r = gp_bytes_from_args(st, a, "bytearray");
    if (r && gp_bytearray_check(r)) {
        GpObject *b = gp_bytes_from(st, DATA(r), LEN(r));
        gp_decref(st, r);
        r = b;
    }
    return r;
}

static int index_of(GpState *st, GpObject *o, GpObject *key, ssize_t *i)
{
    if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), i))
        return -1;
    if (*i < 0)
        *i += (ssize_t)LEN(o);
    if (*i < 0 || (size_t)*i >= LEN(o)) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "bytearray index out of range");
        return -1;
    }
    return 0;
}

/* Delete the slice items start, start+step, ... (slen of them). */
static int delete_slice(GpState *st, GpObject *o, ssize_t start, ssize_t step, ssize_t slen)
{
    if (step < 0) {
        start += step * (slen - 1);
        step = -step;
    }
    char *d = BA(o)->buf;
    size_t n = LEN(o), w = (size_t)start;
    for (size_t r = (size_t)start; r < n; r++) {
        if (slen > 0 && r == (size_t)start) {
            start += step;
            slen--;
            continue;
        }
        d[w++] = d[r];
    }
    return gp_bytearray_resize(st, o, w);
}

static int bytearray_ass_subscript(GpState *st, GpObject *o, GpObject *key, GpObject *v)
{
    if (gp_slice_has_index(key)) {
        ssize_t i;
        unsigned char c;
        if ((v && gp_bytes_byte_value(st, v, "byte must be in range(0, 256)", &c)) ||
            index_of(st, o, key, &i))
            return -1;
        if (!v)
            return replace_range(st, o, (size_t)i, (size_t)i + 1, NULL, 0);
        BA(o)->buf[i] = (char)c;
        return 0;
    }
    if (!gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SLICE))) {
        gp_err_format(st, type_error(st), "bytearray indices must be integers or slices, not %s",
                      key->type->name);
        return -1;
    }
    ssize_t start, stop, step, slen;
    if (gp_slice_indices(st, key, (ssize_t)LEN(o), &start, &stop, &step, &slen))
        return -1;
    GpObject *src = v ? assigned_bytes(st, v) : NULL;
    if (v && !src)
        return -1;
    int rc;
    if (step == 1) {
        size_t lo = (size_t)start, hi = slen > 0 ? (size_t)stop : lo;
        rc = replace_range(st, o, lo, hi, src ? DATA(src) : NULL, src ? LEN(src) : 0);
    } else if (!src || LEN(src) == 0) {
        /* deletion; so is assigning nothing to an extended slice, as in CPython */
        rc = slen > 0 ? delete_slice(st, o, start, step, slen) : 0;
    } else if (LEN(src) != (size_t)slen) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "attempt to assign bytes of size %zu to extended slice of size %zd",
                      LEN(src), slen);
        rc = -1;
    } else {
        for (ssize_t k = 0, cur = start; k < slen; k++, cur += step)
            BA(o)->buf[cur] = DATA(src)[k];
        rc = 0;
    }
    gp_xdecref(st, src);
    return rc;
}

static GpObject *bytearray_inplace_concat(GpState *st, GpObject *o, GpObject *x)
{
    if (!gp_bytes_check(st, x)) {
        gp_err_format(st, type_error(st), "can't concat %s to %s", x->type->name, o->type->name);
        return NULL;
    }
    size_t n = LEN(x);
    /* x may be o itself: copy after the resize, from the (moved) buffer */
    if (gp_bytearray_resize(st, o, LEN(o) + n))
        return NULL;
    if (n)
        memcpy(BA(o)->buf + LEN(o) - n, DATA(x), n);
    return gp_incref(o);
}

static GpObject *bytearray_inplace_repeat(GpState *st, GpObject *o, ssize_t count)
{
    size_t n = LEN(o);
    if (count <= 0 || n == 0) {
        if (gp_bytearray_resize(st, o, 0))
            return NULL;
        return gp_incref(o);
    }
    if (n > (size_t)SSIZE_MAX / (size_t)count) {
        gp_err_nomemory(st);
        return NULL;
    }
    if (gp_bytearray_resize(st, o, n * (size_t)count))
        return NULL;
    for (size_t i = 1; i < (size_t)count; i++)
        memcpy(BA(o)->buf + i * n, BA(o)->buf, n);
    return gp_incref(o);
}

/* bytearray(), bytearray(int), bytearray(iterable of ints), bytearray(bytes-like),
 * bytearray(str, encoding[, errors]) */
static GpObject *bytearray_call_new(GpState *st, GpObject *type, GpObject *const *args,
                                    size_t nargs, GpObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    GpObject *a[3];
    (void)type;
    if (gp_args_clinic_keywords(st, "bytearray", names, 3, args, nargs, kwnames, a))
        return NULL;
    GpObject *src = a[0];
    if (src && !a[1] && !a[2] &&
        (src->type == gp_type(st, GP_T_LIST) || src->type == gp_type(st, GP_T_TUPLE))) {
        /* a list or tuple: sized up front, as CPython */
        size_t n = src->type == gp_type(st, GP_T_LIST) ? gp_list_size(src) : gp_tuple_size(src);
        GpObject *r = gp_bytearray_from(st, NULL, n);
        for (size_t i = 0; r && i < LEN(r) && i < LEN(src); i++) {
            GpObject *x = src->type == gp_type(st, GP_T_LIST) ? gp_list_item(src, i)
                                                              : gp_tuple_item(src, i);
            unsigned char c;
            if (gp_bytes_byte_value(st, x, "byte must be in range(0, 256)", &c)) {
                gp_decref(st, r);
                return NULL;
            }
            BA(r)->buf[i] = (char)c;
        }
        return r;
    }
    GpObject *b = gp_bytes_from_args(st, a, "bytearray");
    if (!b || gp_bytearray_check(b))
        return b;
    GpObject *r = gp_bytearray_from(st, DATA(b), LEN(b));
    gp_decref(st, b);
    return r;
}

/* ---- methods --------------------------------------------------------------------------- */

#define METHOD(fn)                                                                        \
    static GpObject *fn(GpState *st, GpObject *self, GpObject *const *args, size_t nargs, \
                        GpObject *kwnames)

static GpObject *none(GpState *st)
{
    return gp_incref(st->none);
}

METHOD(m_append)
{
    (void)nargs, (void)kwnames;
    unsigned char c;
    if (gp_bytes_byte_value(st, args[0], "byte must be in range(0, 256)", &c) ||
        gp_bytearray_resize(st, self, LEN(self) + 1))
        return NULL;
    BA(self)->buf[LEN(self) - 1] = (char)c;
    return none(st);
}

METHOD(m_extend)
{
    (void)nargs, (void)kwnames;
    GpObject *x = args[0], *src;
    if (gp_bytes_check(st, x)) {
        src = gp_incref(x);
    } else {
        GpObject *it = gp_obj_iter(st, x);
        if (!it) {
            if (gp_err_matches(st, type_error(st))) {
                gp_err_clear(st);
                gp_err_format(st, type_error(st), "can't extend bytearray with %s",
                              x->type->name);
            }
            return NULL;
        }
        GpObject *a[3] = {it, NULL, NULL};
        src = gp_bytes_from_args(st, a, "bytearray");
        gp_decref(st, it);
        if (!src)
            return NULL;
    }
    GpObject *r = bytearray_inplace_concat(st, self, src);
    gp_decref(st, src);
    if (!r)
        return NULL;
    gp_decref(st, r);
    return none(st);
}

METHOD(m_insert)
{
    (void)kwnames;
    if (nargs != 2) {
        gp_err_format(st, type_error(st), "insert expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    ssize_t i;
    unsigned char c;
    if (!gp_slice_has_index(args[0])) {
        gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                      args[0]->type->name);
        return NULL;
    }
    if (gp_slice_as_ssize(st, args[0], gp_type(st, GP_T_OVERFLOW_ERROR), &i) ||
        gp_bytes_byte_value(st, args[1], "byte must be in range(0, 256)", &c))
        return NULL;
    ssize_t n = (ssize_t)LEN(self);
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    char one = (char)c;
    if (replace_range(st, self, (size_t)i, (size_t)i, &one, 1))
        return NULL;
    return none(st);
}

METHOD(m_pop)
{
    (void)kwnames;
    if (gp_args_clinic_positional(st, "pop", nargs, 0, 1))
        return NULL;
    ssize_t i = -1, n = (ssize_t)LEN(self);
    if (nargs) {
        if (!gp_slice_has_index(args[0])) {
            gp_err_format(st, type_error(st), "'%s' object cannot be interpreted as an integer",
                          args[0]->type->name);
            return NULL;
        }
        if (gp_slice_as_ssize(st, args[0], gp_type(st, GP_T_OVERFLOW_ERROR), &i))
            return NULL;
    }
    if (n == 0) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "pop index out of range");
        return NULL;
    }
    unsigned char c = (unsigned char)BA(self)->buf[i];
    if (replace_range(st, self, (size_t)i, (size_t)i + 1, NULL, 0))
        return NULL;
    return gp_int_from_i64(st, c);
}

METHOD(m_remove)
{
    (void)nargs, (void)kwnames;
    unsigned char c;
    if (gp_bytes_byte_value(st, args[0], "byte must be in range(0, 256)", &c))
        return NULL;
    const char *hit = memchr(DATA(self), c, LEN(self));
    if (!hit) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "value not found in bytearray");
        return NULL;
    }
    size_t i = (size_t)(hit - DATA(self));
    if (replace_range(st, self, i, i + 1, NULL, 0))
        return NULL;
    return none(st);
}

METHOD(m_clear)
{
    (void)args, (void)nargs, (void)kwnames;
    if (gp_bytearray_resize(st, self, 0))
        return NULL;
    return none(st);
}

METHOD(m_copy)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_bytearray_from(st, DATA(self), LEN(self));
}

METHOD(m_reverse)
{
    (void)args, (void)nargs, (void)kwnames;
    char *d = DATA(self);
    for (size_t i = 0, j = LEN(self); i + 1 < j; i++, j--) {
        char t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
    return none(st);
}

METHOD(m_alloc)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_int_from_i64(st, (int64_t)BA(self)->alloc);
}

static const GpMethodDef bytearray_methods[] = {
    GP_BYTES_SHARED_METHODS(GP_BYTES_METHOD_ENTRY)
    {"append", m_append, GP_METH_O},
    {"extend", m_extend, GP_METH_O},
    {"insert", m_insert, GP_METH_VARARGS},
    {"pop", m_pop, GP_METH_VARARGS},
    {"remove", m_remove, GP_METH_O},
    {"clear", m_clear, GP_METH_NOARGS},
    {"copy", m_copy, GP_METH_NOARGS},
    {"reverse", m_reverse, GP_METH_NOARGS},
    {"__alloc__", m_alloc, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

static const GpNumberSlots bytearray_num = {
    .mod = gp_bytes_mod,
};

static const GpSequenceSlots bytearray_seq = {
    .len = gp_bytes_len,
    .item = gp_bytes_item,
    .concat = gp_bytes_concat,
    .contains = gp_bytes_contains,
    .repeat = gp_bytes_repeat,
    .inplace_concat = bytearray_inplace_concat,
    .inplace_repeat = bytearray_inplace_repeat,
};

static const GpMappingSlots bytearray_map = {
    .len = gp_bytes_len,
    .subscript = gp_bytes_subscript,
    .ass_subscript = bytearray_ass_subscript,
};

const GpType gp_bytearray_template = {
    .name = "bytearray",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpBytearray),
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .hash = bytearray_hash,
    .richcompare = gp_bytes_richcompare,
    .num = &bytearray_num,
    .seq = &bytearray_seq,
    .map = &bytearray_map,
    .new_ = bytearray_call_new,
    .methods = bytearray_methods,
};
