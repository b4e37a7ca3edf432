/*
 * slice.c - slice objects and the index arithmetic of slicing (see
 * slice.h).  Slices are GC containers (they may hold any object) and, as
 * in CPython 3.11, unhashable; they compare as the tuple (start, stop,
 * step).
 */
#include "obj/slice.h"

#include <stdint.h>

#include "obj/error.h"
#include "obj/int.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

#define SSIZE_MAX_ ((ssize_t)(SIZE_MAX >> 1))
#define SSIZE_MIN_ (-SSIZE_MAX_ - 1)

/* ---- index conversion ------------------------------------------------------------ */

int gp_slice_has_index(const GpObject *o)
{
    return o->type->num && o->type->num->index;
}

GpObject *gp_slice_index_int(GpState *st, GpObject *o)
{
    if (o->type == gp_type(st, GP_T_INT))
        return gp_incref(o);
    if (!gp_slice_has_index(o)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "'%s' object cannot be interpreted as an integer", o->type->name);
        return NULL;
    }
    return o->type->num->index(st, o);
}

int gp_slice_as_ssize(GpState *st, GpObject *o, GpType *overflow, ssize_t *out)
{
    GpObject *v = gp_slice_index_int(st, o);
    if (!v)
        return -1;
    int rc = 0;
    if (gp_int_is_small(v)) {
        *out = (ssize_t)GP_INT(v)->u.s.v;
    } else if (!overflow) {
        *out = mpz_sgn(&GP_INT(v)->u.z) < 0 ? SSIZE_MIN_ : SSIZE_MAX_;
    } else {
        gp_err_format(st, overflow, "cannot fit '%s' into an index-sized integer",
                      o->type->name);
        rc = -1;
    }
    gp_decref(st, v);
    return rc;
}

int gp_slice_index(GpState *st, GpObject *o, int none_ok, ssize_t *out)
{
    if (none_ok && (!o || o == st->none))
        return 0;
    if (!gp_slice_has_index(o)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      none_ok ? "slice indices must be integers or None or have an __index__ method"
                              : "slice indices must be integers or have an __index__ method");
        return -1;
    }
    return gp_slice_as_ssize(st, o, NULL, out);
}

/* ---- indices for a length ------------------------------------------------------ */

int gp_slice_unpack(GpState *st, GpObject *slice, ssize_t *start, ssize_t *stop,
                    ssize_t *step)
{
    GpSlice *s = GP_SLICE(slice);
    *step = 1;
    if (gp_slice_index(st, s->step, 1, step))
        return -1;
    if (*step == 0) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "slice step cannot be zero");
        return -1;
    }
    /* so that -step cannot overflow */
    if (*step < -SSIZE_MAX_)
        *step = -SSIZE_MAX_;
    *start = *step < 0 ? SSIZE_MAX_ : 0;
    if (gp_slice_index(st, s->start, 1, start))
        return -1;
    *stop = *step < 0 ? SSIZE_MIN_ : SSIZE_MAX_;
    if (gp_slice_index(st, s->stop, 1, stop))
        return -1;
    return 0;
}

ssize_t gp_slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int gp_slice_indices(GpState *st, GpObject *slice, ssize_t length, ssize_t *start,
                     ssize_t *stop, ssize_t *step, ssize_t *slicelength)
{
    if (gp_slice_unpack(st, slice, start, stop, step))
        return -1;
    *slicelength = gp_slice_adjust(length, start, stop, *step);
    return 0;
}

/* ---- indices for a length that is an int object ---------------------------------- */

static int int_sign(const GpObject *v)
{
    if (gp_int_is_small(v)) {
        int64_t x = GP_INT(v)->u.s.v;
        return x < 0 ? -1 : x > 0;
    }
    return mpz_sgn(&GP_INT(v)->u.z);
}

static GpObject *long_index(GpState *st, GpObject *o)
{
    if (!gp_slice_has_index(o)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    return gp_slice_index_int(st, o);
}

/* An index clipped as _PySlice_GetLongIndices does; steals v. */
static GpObject *clip_long(GpState *st, GpObject *v, GpObject *length, GpObject *lower,
                           GpObject *upper)
{
    if (int_sign(v) < 0) {
        GpObject *t = gp_num_binary(st, v, length, GP_NB_ADD);
        gp_decref(st, v);
        if (!t)
            return NULL;
        v = t;
        int lt = gp_obj_richcompare_bool(st, v, lower, GP_LT);
        if (lt < 0) {
            gp_decref(st, v);
            return NULL;
        }
        if (lt) {
            gp_decref(st, v);
            v = gp_incref(lower);
        }
    } else {
        int gt = gp_obj_richcompare_bool(st, v, upper, GP_GT);
        if (gt < 0) {
            gp_decref(st, v);
            return NULL;
        }
        if (gt) {
            gp_decref(st, v);
            v = gp_incref(upper);
        }
    }
    return v;
}

int gp_slice_long_indices(GpState *st, GpObject *slice, GpObject *length, GpObject **start,
                          GpObject **stop, GpObject **step)
{
    GpSlice *s = GP_SLICE(slice);
    GpObject *stp = NULL, *lower = NULL, *upper = NULL, *sta = NULL, *sto = NULL;
    int neg = 0;
    if (s->step == st->none) {
        stp = gp_int_from_i64(st, 1);
    } else {
        if (!(stp = long_index(st, s->step)))
            goto fail;
        if (int_sign(stp) == 0) {
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "slice step cannot be zero");
            goto fail;
        }
        neg = int_sign(stp) < 0;
    }
    if (neg) {
        lower = gp_int_from_i64(st, -1);
        upper = lower ? gp_num_binary(st, length, lower, GP_NB_ADD) : NULL;
    } else {
        lower = gp_int_from_i64(st, 0);
        upper = gp_incref(length);
    }
    if (!lower || !upper)
        goto fail;
    if (s->start == st->none)
        sta = gp_incref(neg ? upper : lower);
    else if (!(sta = long_index(st, s->start)) ||
             !(sta = clip_long(st, sta, length, lower, upper)))
        goto fail;
    if (s->stop == st->none)
        sto = gp_incref(neg ? lower : upper);
    else if (!(sto = long_index(st, s->stop)) ||
             !(sto = clip_long(st, sto, length, lower, upper)))
        goto fail;
    gp_decref(st, lower);
    gp_decref(st, upper);
    *start = sta;
    *stop = sto;
    *step = stp;
    return 0;
fail:
    gp_xdecref(st, stp);
    gp_xdecref(st, lower);
    gp_xdecref(st, upper);
    gp_xdecref(st, sta);
    gp_xdecref(st, sto);
    return -1;
}

/* ---- the type ---------------------------------------------------------------------- */

GpObject *gp_slice_new(GpState *st, GpObject *start, GpObject *stop, GpObject *step)
{
    GpSlice *s = (GpSlice *)gp_obj_alloc(st, gp_type(st, GP_T_SLICE), sizeof(GpSlice));
    if (!s)
        return NULL;
    s->start = gp_incref(start ? start : st->none);
    s->stop = gp_incref(stop ? stop : st->none);
    s->step = gp_incref(step ? step : st->none);
    return GP_OBJ(s);
}

static void slice_dealloc(GpState *st, GpObject *o)
{
    GpSlice *s = GP_SLICE(o);
    gp_decref(st, s->start);
    gp_decref(st, s->stop);
    gp_decref(st, s->step);
    gp_obj_free(st, o, sizeof(GpSlice));
}

static int slice_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpSlice *s = GP_SLICE(o);
    return visit(s->start, arg) || visit(s->stop, arg) || visit(s->step, arg);
}

static void slice_clear(GpState *st, GpObject *o)
{
    GpSlice *s = GP_SLICE(o);
    GpObject *a = s->start, *b = s->stop, *c = s->step;
    s->start = gp_incref(st->none);
    s->stop = gp_incref(st->none);
    s->step = gp_incref(st->none);
    gp_decref(st, a);
    gp_decref(st, b);
    gp_decref(st, c);
}

static GpObject *slice_repr(GpState *st, GpObject *o)
{
    GpSlice *s = GP_SLICE(o);
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, "slice(");
    gp_strbuf_add_repr(&b, s->start);
    gp_strbuf_add_ascii(&b, ", ");
    gp_strbuf_add_repr(&b, s->stop);
    gp_strbuf_add_ascii(&b, ", ");
    gp_strbuf_add_repr(&b, s->step);
    gp_strbuf_add_cp(&b, ')');
    return gp_strbuf_finish(&b);
}

static int64_t slice_hash(GpState *st, GpObject *o)
{
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "unhashable type: '%s'", o->type->name);
    return -1;
}

/* Slices compare as the tuples (start, stop, step). */
static GpObject *slice_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!gp_obj_is_instance_of_type(b, gp_type(st, GP_T_SLICE)))
        return gp_incref(st->not_implemented);
    if (a == b && (op == GP_EQ || op == GP_NE))
        return gp_incref(op == GP_EQ ? st->true_ : st->false_);
    GpSlice *x = GP_SLICE(a), *y = GP_SLICE(b);
    GpObject *tx = gp_tuple_pack(st, 3, x->start, x->stop, x->step);
    GpObject *ty = tx ? gp_tuple_pack(st, 3, y->start, y->stop, y->step) : NULL;
    GpObject *r = ty ? gp_obj_richcompare(st, tx, ty, op) : NULL;
    gp_xdecref(st, tx);
    gp_xdecref(st, ty);
    return r;
}

/* slice(stop), slice(start, stop[, step]) */
static GpObject *slice_call_new(GpState *st, GpObject *type, GpObject *const *args,
                                size_t nargs, GpObject *kwnames)
{
    (void)type;
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "slice() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "slice expected at %s, got %zu",
                      nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
        return NULL;
    }
    if (nargs == 1)
        return gp_slice_new(st, NULL, args[0], NULL);
    return gp_slice_new(st, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static GpObject *slice_get_start(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_SLICE(o)->start);
}

static GpObject *slice_get_stop(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_SLICE(o)->stop);
}

static GpObject *slice_get_step(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(GP_SLICE(o)->step);
}

static const GpGetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

/* s.indices(length): (start, stop, step) fitted to a sequence of length */
static GpObject *m_indices(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    GpObject *len = gp_slice_index_int(st, args[0]);
    if (!len)
        return NULL;
    if (gp_int_is_small(len) ? GP_INT(len)->u.s.v < 0 : GP_INT(len)->u.z._mp_size < 0) {
        gp_decref(st, len);
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "length should not be negative");
        return NULL;
    }
    GpObject *start, *stop, *step, *r = NULL;
    if (gp_slice_long_indices(st, self, len, &start, &stop, &step) == 0) {
        r = gp_tuple_pack(st, 3, start, stop, step);
        gp_decref(st, start);
        gp_decref(st, stop);
        gp_decref(st, step);
    }
    gp_decref(st, len);
    return r;
}

static const GpMethodDef slice_methods[] = {
    {"indices", m_indices, GP_METH_O},
    {NULL, NULL, 0},
};

const GpType gp_slice_template = {
    .name = "slice",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpSlice),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .new_ = slice_call_new,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .methods = slice_methods,
    .getset = slice_getset,
};
