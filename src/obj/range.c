/*
 * range.c - the range type and its two iterators (layout in range.h).
 *
 * Arithmetic on start/stop/step goes through the int type's operators, so
 * big values need no special code; the common all-small cases (length,
 * `in`, iteration) are done in 64-bit words first.
 *
 *   length      0 if the range is empty, else (hi - lo - 1) // |step| + 1
 *               with (lo, hi) = (start, stop) or (stop, start)
 *   r[i]        start + i * step, 0 <= i < length (i < 0 counts from the end)
 *   r[a:b:c]    range(r[a'], r[b'], step * c'), where a', b', c' are the
 *               slice's indices for length(r), unbounded
 *   v in r      v an int: between the bounds and (v - start) % step == 0;
 *               other objects: compared with each item
 *   hash(r)     hash((len, start, step)), with None for what the length
 *               makes irrelevant: (0, None, None), (1, start, None)
 */
#include "obj/range.h"

#include <stdint.h>

#include "obj/error.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

/* a small int, borrowed (immortal) */
#define SMALL(st, v) ((st)->small_ints[(v) - GP_SMALLINT_MIN])

static GpObject *binop(GpState *st, GpObject *a, GpObject *b, int op)
{
    return gp_num_binary(st, a, b, op);
}

static int sign(const GpObject *v)
{
    if (gp_int_is_small(v)) {
        int64_t x = GP_INT(v)->u.s.v;
        return x < 0 ? -1 : x > 0;
    }
    return mpz_sgn(&GP_INT(v)->u.z);
}

static int small(const GpObject *v, int64_t *out)
{
    if (!gp_int_is_small(v))
        return 0;
    *out = GP_INT(v)->u.s.v;
    return 1;
}

/* the number of items of range(lo, hi, step) in machine words; 0 when empty */
static uint64_t len_of_range(int64_t lo, int64_t hi, int64_t step)
{
    if (step > 0 && lo < hi)
        return ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1;
    if (step < 0 && hi < lo)
        return ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

static GpObject *compute_length(GpState *st, GpObject *start, GpObject *stop, GpObject *step)
{
    int64_t a, b, s;
    if (small(start, &a) && small(stop, &b) && small(step, &s)) {
        uint64_t n = len_of_range(a, b, s);
        if (n <= INT64_MAX)
            return gp_int_from_i64(st, (int64_t)n);
    }
    GpObject *lo = start, *hi = stop, *stp;
    if (sign(step) > 0) {
        stp = gp_incref(step);
    } else {
        lo = stop;
        hi = start;
        if (!(stp = gp_num_unary(st, step, GP_NB_NEG)))
            return NULL;
    }
    GpObject *r = NULL, *diff = NULL, *diff1 = NULL, *q = NULL;
    int ge = gp_obj_richcompare_bool(st, lo, hi, GP_GE);
    if (ge > 0)
        r = gp_int_from_i64(st, 0);
    else if (ge == 0 && (diff = binop(st, hi, lo, GP_NB_SUB)) &&
             (diff1 = binop(st, diff, SMALL(st, 1), GP_NB_SUB)) &&
             (q = binop(st, diff1, stp, GP_NB_FLOORDIV)))
        r = binop(st, q, SMALL(st, 1), GP_NB_ADD);
    gp_xdecref(st, q);
    gp_xdecref(st, diff1);
    gp_xdecref(st, diff);
    gp_decref(st, stp);
    return r;
}

/* A range from three exact ints (references taken). */
static GpObject *make_range(GpState *st, GpObject *start, GpObject *stop, GpObject *step)
{
    GpObject *len = compute_length(st, start, stop, step);
    if (!len)
        return NULL;
    GpRange *r = (GpRange *)gp_obj_alloc(st, gp_type(st, GP_T_RANGE), sizeof(GpRange));
    if (!r) {
        gp_decref(st, len);
        return NULL;
    }
    r->start = gp_incref(start);
    r->stop = gp_incref(stop);
    r->step = gp_incref(step);
    r->length = len;
    return GP_OBJ(r);
}

GpObject *gp_range_new(GpState *st, GpObject *start, GpObject *stop, GpObject *step)
{
    GpObject *a = NULL, *b = NULL, *c = NULL, *r = NULL;
    if (!(a = gp_slice_index_int(st, start)) || !(b = gp_slice_index_int(st, stop)) ||
        !(c = step ? gp_slice_index_int(st, step) : gp_incref(SMALL(st, 1))))
        goto out;
    if (sign(c) == 0) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "range() arg 3 must not be zero");
        goto out;
    }
    r = make_range(st, a, b, c);
out:
    gp_xdecref(st, a);
    gp_xdecref(st, b);
    gp_xdecref(st, c);
    return r;
}

/* ---- items and slices ----------------------------------------------------------------- */

/* start + i * step */
static GpObject *compute_item(GpState *st, GpRange *r, GpObject *i)
{
    int64_t a, s, k, t, v;
    if (small(r->start, &a) && small(r->step, &s) && small(i, &k) &&
        !__builtin_mul_overflow(k, s, &t) && !__builtin_add_overflow(a, t, &v))
        return gp_int_from_i64(st, v);
    GpObject *m = binop(st, i, r->step, GP_NB_MUL);
    if (!m)
        return NULL;
    GpObject *res = binop(st, r->start, m, GP_NB_ADD);
    gp_decref(st, m);
    return res;
}

/* r[i] for an exact int i, negative counting from the end */
static GpObject *range_item_int(GpState *st, GpRange *r, GpObject *i)
{
    GpObject *idx = gp_incref(i);
    if (sign(i) < 0) {
        gp_decref(st, idx);
        if (!(idx = binop(st, i, r->length, GP_NB_ADD)))
            return NULL;
    }
    int ok = sign(idx) >= 0;
    if (ok) {
        ok = gp_obj_richcompare_bool(st, idx, r->length, GP_LT);
        if (ok < 0) {
            gp_decref(st, idx);
            return NULL;
        }
    }
    if (!ok) {
        gp_decref(st, idx);
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "range object index out of range");
        return NULL;
    }
    GpObject *res = compute_item(st, r, idx);
    gp_decref(st, idx);
    return res;
}

static GpObject *range_slice(GpState *st, GpRange *r, GpObject *slice)
{
    GpObject *start, *stop, *step, *substart = NULL, *substop = NULL, *substep = NULL;
    GpObject *res = NULL;
    if (gp_slice_long_indices(st, slice, r->length, &start, &stop, &step) < 0)
        return NULL;
    if ((substep = binop(st, step, r->step, GP_NB_MUL)) &&
        (substart = compute_item(st, r, start)) && (substop = compute_item(st, r, stop)))
        res = make_range(st, substart, substop, substep);
    gp_xdecref(st, substart);
    gp_xdecref(st, substop);
    gp_xdecref(st, substep);
    gp_decref(st, start);
    gp_decref(st, stop);
    gp_decref(st, step);
    return res;
}

GpObject *gp_range_subscript(GpState *st, GpObject *r, GpObject *key)
{
    if (gp_slice_has_index(key)) {
        GpObject *i = gp_slice_index_int(st, key);
        if (!i)
            return NULL;
        GpObject *res = range_item_int(st, GP_RANGE(r), i);
        gp_decref(st, i);
        return res;
    }
    if (gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SLICE)))
        return range_slice(st, GP_RANGE(r), key);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "range indices must be integers or slices, not %s", key->type->name);
    return NULL;
}

static GpObject *range_item(GpState *st, GpObject *r, ssize_t i)
{
    GpObject *k = gp_int_from_i64(st, (int64_t)i);
    if (!k)
        return NULL;
    GpObject *res = range_item_int(st, GP_RANGE(r), k);
    gp_decref(st, k);
    return res;
}

/* ---- searching ------------------------------------------------------------------------ */

static int is_int(GpState *st, GpObject *o)
{
    return o->type == gp_type(st, GP_T_INT) || o->type == gp_type(st, GP_T_BOOL);
}

/* v in r for an int v: 1, 0, -1 */
static int contains_int(GpState *st, GpRange *r, GpObject *v)
{
    int64_t a, b, s, x, d;
    if (small(r->start, &a) && small(r->stop, &b) && small(r->step, &s) && small(v, &x) &&
        !__builtin_sub_overflow(x, a, &d)) {
        if (s > 0 ? !(a <= x && x < b) : !(b < x && x <= a))
            return 0;
        return s == -1 || d % s == 0;   /* INT64_MIN % -1 overflows */
    }
    int c1, c2;
    if (sign(r->step) > 0) {
        c1 = gp_obj_richcompare_bool(st, r->start, v, GP_LE);
        c2 = c1 > 0 ? gp_obj_richcompare_bool(st, v, r->stop, GP_LT) : 0;
    } else {
        c1 = gp_obj_richcompare_bool(st, v, r->start, GP_LE);
        c2 = c1 > 0 ? gp_obj_richcompare_bool(st, r->stop, v, GP_LT) : 0;
    }
    if (c1 < 0 || c2 < 0)
        return -1;
    if (!c1 || !c2)
        return 0;
    GpObject *t1 = binop(st, v, r->start, GP_NB_SUB);
    GpObject *t2 = t1 ? binop(st, t1, r->step, GP_NB_MOD) : NULL;
    gp_xdecref(st, t1);
    if (!t2)
        return -1;
    int res = sign(t2) == 0;
    gp_decref(st, t2);
    return res;
}

/* Walk the items comparing with v: the first equal index, or the count;
 * -1 with an error, -2 when asked for an index that is not there. */
static ssize_t iter_search(GpState *st, GpObject *r, GpObject *v, int count)
{
    GpObject *it = gp_obj_iter(st, r);
    if (!it)
        return -1;
    ssize_t n = 0, i = 0;
    for (;; i++) {
        GpObject *item = gp_iter_next(st, it);
        if (!item) {
            gp_decref(st, it);
            return gp_err_occurred(st) ? -1 : count ? n : -2;
        }
        int c = gp_obj_richcompare_bool(st, item, v, GP_EQ);
        gp_decref(st, item);
        if (c < 0 || (c > 0 && !count)) {
            gp_decref(st, it);
            return c < 0 ? -1 : i;
        }
        n += c;
    }
}

int gp_range_contains(GpState *st, GpObject *r, GpObject *v)
{
    if (is_int(st, v))
        return contains_int(st, GP_RANGE(r), v);
    ssize_t i = iter_search(st, r, v, 0);
    return i == -1 ? -1 : i >= 0;
}

GpObject *gp_range_index(GpState *st, GpObject *r, GpObject *v)
{
    GpRange *rr = GP_RANGE(r);
    if (!is_int(st, v)) {
        ssize_t i = iter_search(st, r, v, 0);
        if (i == -2)
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                          "sequence.index(x): x not in sequence");
        return i >= 0 ? gp_int_from_i64(st, (int64_t)i) : NULL;
    }
    int c = contains_int(st, rr, v);
    if (c < 0)
        return NULL;
    if (!c) {
        GpStrBuf b;
        gp_strbuf_init(&b, st);
        gp_strbuf_add_repr(&b, v);
        gp_strbuf_add_ascii(&b, " is not in range");
        GpObject *msg = gp_strbuf_finish(&b);
        if (msg) {
            gp_err_set(st, gp_type(st, GP_T_VALUE_ERROR), msg);
            gp_decref(st, msg);
        }
        return NULL;
    }
    GpObject *d = binop(st, v, rr->start, GP_NB_SUB);
    GpObject *q = d ? binop(st, d, rr->step, GP_NB_FLOORDIV) : NULL;
    gp_xdecref(st, d);
    return q;
}

ssize_t gp_range_count(GpState *st, GpObject *r, GpObject *v)
{
    if (is_int(st, v))
        return contains_int(st, GP_RANGE(r), v);
    return iter_search(st, r, v, 1);
}

static int range_contains(GpState *st, GpObject *r, GpObject *v)
{
    return gp_range_contains(st, r, v);
}

/* ---- the type's slots -------------------------------------------------------------------- */

static void range_dealloc(GpState *st, GpObject *o)
{
    GpRange *r = GP_RANGE(o);
    gp_decref(st, r->start);
    gp_decref(st, r->stop);
    gp_decref(st, r->step);
    gp_decref(st, r->length);
    gp_obj_free(st, o, sizeof(GpRange));
}

static GpObject *range_repr(GpState *st, GpObject *o)
{
    GpRange *r = GP_RANGE(o);
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, "range(");
    gp_strbuf_add_repr(&b, r->start);
    gp_strbuf_add_ascii(&b, ", ");
    gp_strbuf_add_repr(&b, r->stop);
    int64_t s;
    if (!small(r->step, &s) || s != 1) {
        gp_strbuf_add_ascii(&b, ", ");
        gp_strbuf_add_repr(&b, r->step);
    }
    gp_strbuf_add_cp(&b, ')');
    return gp_strbuf_finish(&b);
}

static ssize_t range_len(GpState *st, GpObject *o)
{
    int64_t n;
    if (small(GP_RANGE(o)->length, &n))
        return (ssize_t)n;
    gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                  "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(GpState *st, GpObject *o)
{
    (void)st;
    return sign(GP_RANGE(o)->length) != 0;
}

static int64_t range_hash(GpState *st, GpObject *o)
{
    GpRange *r = GP_RANGE(o);
    GpObject *start = st->none, *step = st->none;
    if (sign(r->length) != 0) {
        start = r->start;
        int64_t n;
        if (!small(r->length, &n) || n != 1)
            step = r->step;
    }
    GpObject *t = gp_tuple_pack(st, 3, r->length, start, step);
    if (!t)
        return -1;
    int64_t h = gp_obj_hash(st, t);
    gp_decref(st, t);
    return h;
}

/* Ranges are equal when they give the same items (range(0) == range(2, 2)). */
static int range_equals(GpState *st, GpRange *a, GpRange *b)
{
    if (a == b)
        return 1;
    int c = gp_obj_richcompare_bool(st, a->length, b->length, GP_EQ);
    if (c != 1)
        return c;
    if (sign(a->length) == 0)
        return 1;
    c = gp_obj_richcompare_bool(st, a->start, b->start, GP_EQ);
    if (c != 1)
        return c;
    int64_t n;
    if (small(a->length, &n) && n == 1)
        return 1;
    return gp_obj_richcompare_bool(st, a->step, b->step, GP_EQ);
}

static GpObject *range_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (b->type != gp_type(st, GP_T_RANGE) || (op != GP_EQ && op != GP_NE))
        return gp_incref(st->not_implemented);
    int c = range_equals(st, GP_RANGE(a), GP_RANGE(b));
    if (c < 0)
        return NULL;
    return gp_incref(c == (op == GP_EQ) ? st->true_ : st->false_);
}

/* range(stop), range(start, stop[, step]) */
static GpObject *range_call_new(GpState *st, GpObject *type, GpObject *const *args,
                                size_t nargs, GpObject *kwnames)
{
    (void)type;
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "range() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "range expected at %s, got %zu",
                      nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
        return NULL;
    }
    if (nargs == 1)
        return gp_range_new(st, SMALL(st, 0), args[0], NULL);
    return gp_range_new(st, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static GpObject *range_iter(GpState *st, GpObject *o);

static const GpNumberSlots range_num = {
    .bool_ = range_bool,
};

static const GpSequenceSlots range_seq = {
    .len = range_len,
    .item = range_item,
    .contains = range_contains,
};

static const GpMappingSlots range_map = {
    .len = range_len,
    .subscript = gp_range_subscript,
};

/* ---- methods and attributes ------------------------------------------------------ */

static GpObject *m_index(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    return gp_range_index(st, self, args[0]);
}

static GpObject *m_count(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    ssize_t n = gp_range_count(st, self, args[0]);
    return n < 0 ? NULL : gp_int_from_i64(st, n);
}

static const GpMethodDef range_methods[] = {
    {"index", m_index, GP_METH_O},
    {"count", m_count, GP_METH_O},
    {NULL, NULL, 0},
};

static GpObject *get_start(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(((GpRange *)o)->start);
}

static GpObject *get_stop(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(((GpRange *)o)->stop);
}

static GpObject *get_step(GpState *st, GpObject *o)
{
    (void)st;
    return gp_incref(((GpRange *)o)->step);
}

static const GpGetSetDef range_getset[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_range_template = {
    .name = "range",
    .basicsize = sizeof(GpRange),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .new_ = range_call_new,
    .iter = range_iter,
    .num = &range_num,
    .seq = &range_seq,
    .map = &range_map,
    .methods = range_methods,
    .getset = range_getset,
};

/* ---- iterators ---------------------------------------------------------------------------- */

/* The word iterator: the next value, the step and the items left.  The
 * value is advanced in unsigned arithmetic, so the step past the last item
 * may wrap harmlessly. */
typedef struct RangeIter {
    GpObject ob;
    int64_t next, step, len;
} RangeIter;

/* The int-object iterator, for ranges beyond 64 bits. */
typedef struct LongRangeIter {
    GpObject ob;
    GpObject *next, *step, *len;
} LongRangeIter;

static GpObject *word_iter(GpState *st, int64_t next, int64_t step, int64_t len)
{
    RangeIter *it =
        (RangeIter *)gp_obj_alloc(st, gp_type(st, GP_T_RANGE_ITER), sizeof(RangeIter));
    if (!it)
        return NULL;
    it->next = next;
    it->step = step;
    it->len = len;
    return GP_OBJ(it);
}

/* A long iterator (references taken). */
static GpObject *long_iter(GpState *st, GpObject *next, GpObject *step, GpObject *len)
{
    LongRangeIter *it = (LongRangeIter *)gp_obj_alloc(st, gp_type(st, GP_T_LONGRANGE_ITER),
                                                      sizeof(LongRangeIter));
    if (!it)
        return NULL;
    it->next = gp_incref(next);
    it->step = gp_incref(step);
    it->len = gp_incref(len);
    return GP_OBJ(it);
}

/* Do start, step and length fit the word iterator? (CPython also requires
 * start + length * step not to overflow a long.) */
static int fits_words(GpRange *r, int64_t *start, int64_t *step, int64_t *len)
{
    int64_t stop;
    if (!small(r->start, start) || !small(r->stop, &stop) || !small(r->step, step) ||
        !small(r->length, len))
        return 0;
    if (*len && (*step > 0 ? stop > INT64_MAX - (*step - 1) : stop < INT64_MIN + (-1 - *step)))
        return 0;
    return 1;
}

static GpObject *range_iter(GpState *st, GpObject *o)
{
    GpRange *r = GP_RANGE(o);
    int64_t start, step, len;
    if (fits_words(r, &start, &step, &len))
        return word_iter(st, start, step, len);
    return long_iter(st, r->start, r->step, r->length);
}

GpObject *gp_range_reversed(GpState *st, GpObject *o)
{
    GpRange *r = GP_RANGE(o);
    int64_t start, step, len;
    if (fits_words(r, &start, &step, &len) && step != INT64_MIN) {
        uint64_t last = (uint64_t)start + (uint64_t)(len ? len - 1 : 0) * (uint64_t)step;
        return word_iter(st, (int64_t)last, -step, len);
    }
    GpObject *lm1 = NULL, *last = NULL, *neg = NULL, *it = NULL;
    if ((lm1 = binop(st, r->length, SMALL(st, 1), GP_NB_SUB)) &&
        (last = compute_item(st, r, lm1)) && (neg = gp_num_unary(st, r->step, GP_NB_NEG)))
        it = long_iter(st, last, neg, r->length);
    gp_xdecref(st, lm1);
    gp_xdecref(st, last);
    gp_xdecref(st, neg);
    return it;
}

static GpObject *rangeiter_next(GpState *st, GpObject *o)
{
    RangeIter *it = (RangeIter *)o;
    if (it->len <= 0)
        return NULL;
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->len--;
    return gp_int_from_i64(st, v);
}

static void rangeiter_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(RangeIter));
}

static GpObject *longrangeiter_next(GpState *st, GpObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    if (sign(it->len) <= 0)
        return NULL;
    GpObject *len = binop(st, it->len, SMALL(st, 1), GP_NB_SUB);
    if (!len)
        return NULL;
    GpObject *next = binop(st, it->next, it->step, GP_NB_ADD);
    if (!next) {
        gp_decref(st, len);
        return NULL;
    }
    GpObject *v = it->next;
    gp_decref(st, it->len);
    it->len = len;
    it->next = next;
    return v;
}

static void longrangeiter_dealloc(GpState *st, GpObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    gp_decref(st, it->next);
    gp_decref(st, it->step);
    gp_decref(st, it->len);
    gp_obj_free(st, o, sizeof(LongRangeIter));
}

static GpObject *iter_self(GpState *st, GpObject *it)
{
    (void)st;
    return gp_incref(it);
}

const GpType gp_rangeiter_template = {
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .dealloc = rangeiter_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
};

const GpType gp_longrangeiter_template = {
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
};
