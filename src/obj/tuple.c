/*
 * tuple.c - the tuple type, and its iterator.
 */
#include "obj/tuple.h"

#include <stdarg.h>

#include <stdint.h>

#include "obj/error.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/iter.h"
#include "obj/list.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"

static size_t tuple_bytes(size_t n)
{
    return sizeof(GpTuple) + n * sizeof(GpObject *);
}

GpObject *gp_tuple_new(GpState *st, size_t n)
{
    if (n == 0 && st->empty_tuple)
        return gp_incref(st->empty_tuple);
    if (n > (SIZE_MAX - sizeof(GpTuple)) / sizeof(GpObject *)) {
        gp_err_nomemory(st);
        return NULL;
    }
    GpVarObject *t = (GpVarObject *)gp_obj_alloc(st, gp_type(st, GP_T_TUPLE), tuple_bytes(n));
    if (!t)
        return NULL;
    t->size = n;
    return GP_OBJ(t);
}

GpObject *gp_tuple_from_array(GpState *st, GpObject *const *items, size_t n)
{
    GpObject *t = gp_tuple_new(st, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++)
        ((GpTuple *)t)->items[i] = gp_incref(items[i]);
    return t;
}

GpObject *gp_tuple_pack(GpState *st, size_t n, ...)
{
    GpObject *t = gp_tuple_new(st, n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        ((GpTuple *)t)->items[i] = gp_incref(va_arg(ap, GpObject *));
    va_end(ap);
    return t;
}

static void tuple_dealloc(GpState *st, GpObject *o)
{
    size_t n = gp_tuple_size(o);
    for (size_t i = 0; i < n; i++)
        gp_xdecref(st, ((GpTuple *)o)->items[i]);
    gp_obj_free(st, o, tuple_bytes(n));
}

static int tuple_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    size_t n = gp_tuple_size(o);
    for (size_t i = 0; i < n; i++) {
        GpObject *x = ((GpTuple *)o)->items[i];
        if (x && visit(x, arg))
            return 1;
    }
    return 0;
}

static ssize_t tuple_len(GpState *st, GpObject *o)
{
    (void)st;
    return (ssize_t)gp_tuple_size(o);
}

static GpObject *tuple_item(GpState *st, GpObject *o, ssize_t i)
{
    if (i < 0 || (size_t)i >= gp_tuple_size(o)) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "tuple index out of range");
        return NULL;
    }
    return gp_incref(gp_tuple_item(o, (size_t)i));
}

/* repr: (a, b) and (a,) for one item */
static GpObject *tuple_repr(GpState *st, GpObject *o)
{
    size_t n = gp_tuple_size(o);
    if (n == 0)
        return gp_str_from_cstr(st, "()");
    /* a tuple inside itself (through a list) shows as (...) */
    int e = gp_list_repr_enter(st, o);
    if (e != 0)
        return e > 0 ? gp_str_from_cstr(st, "(...)") : NULL;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_cp(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i)
            gp_strbuf_add_ascii(&b, ", ");
        gp_strbuf_add_repr(&b, gp_tuple_item(o, i));
    }
    gp_strbuf_add_ascii(&b, n == 1 ? ",)" : ")");
    gp_list_repr_leave(st, o);
    return gp_strbuf_finish(&b);
}

static int64_t tuple_hash(GpState *st, GpObject *o)
{
    GpHashTuple h;
    gp_hash_tuple_init(&h);
    for (size_t i = 0; i < gp_tuple_size(o); i++) {
        int64_t x = gp_obj_hash(st, gp_tuple_item(o, i));
        if (x == -1)
            return -1;
        gp_hash_tuple_add(&h, x);
    }
    return gp_hash_tuple_finish(&h);
}

/* Tuples compare item by item, lexicographically. */
static GpObject *tuple_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!gp_obj_is_instance_of_type(b, gp_type(st, GP_T_TUPLE)))
        return gp_incref(st->not_implemented);
    size_t na = gp_tuple_size(a), nb = gp_tuple_size(b), i;
    if ((op == GP_EQ || op == GP_NE) && na != nb)
        return gp_incref(op == GP_NE ? st->true_ : st->false_);
    for (i = 0; i < na && i < nb; i++) {
        int eq = gp_obj_richcompare_bool(st, gp_tuple_item(a, i), gp_tuple_item(b, i), GP_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb)
        return gp_obj_compare_result(st, na < nb ? -1 : na > nb, op);
    if (op == GP_EQ || op == GP_NE)
        return gp_incref(op == GP_NE ? st->true_ : st->false_);
    return gp_obj_richcompare(st, gp_tuple_item(a, i), gp_tuple_item(b, i), op);
}

/* ---- sequence operations ------------------------------------------------------- */

static int is_exact_tuple(GpState *st, GpObject *o)
{
    return o->type == gp_type(st, GP_T_TUPLE);
}

GpObject *gp_tuple_concat(GpState *st, GpObject *t, GpObject *u)
{
    if (!gp_obj_is_instance_of_type(u, gp_type(st, GP_T_TUPLE))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "can only concatenate tuple (not \"%s\") to tuple", u->type->name);
        return NULL;
    }
    size_t nt = gp_tuple_size(t), nu = gp_tuple_size(u);
    if (nu == 0 && is_exact_tuple(st, t))
        return gp_incref(t);
    if (nt == 0 && is_exact_tuple(st, u))
        return gp_incref(u);
    GpObject *r = gp_tuple_new(st, nt + nu);
    if (!r)
        return NULL;
    for (size_t i = 0; i < nt; i++)
        ((GpTuple *)r)->items[i] = gp_incref(gp_tuple_item(t, i));
    for (size_t i = 0; i < nu; i++)
        ((GpTuple *)r)->items[nt + i] = gp_incref(gp_tuple_item(u, i));
    return r;
}

GpObject *gp_tuple_repeat(GpState *st, GpObject *t, ssize_t n)
{
    size_t len = gp_tuple_size(t);
    if ((len == 0 || n == 1) && is_exact_tuple(st, t))
        return gp_incref(t);
    if (len == 0 || n <= 0)
        return gp_tuple_new(st, 0);
    if ((size_t)n > (SIZE_MAX >> 1) / sizeof(GpObject *) / len) {
        gp_err_nomemory(st);
        return NULL;
    }
    size_t size = len * (size_t)n;
    GpObject *r = gp_tuple_new(st, size);
    if (!r)
        return NULL;
    for (size_t k = 0; k < size; k++)
        ((GpTuple *)r)->items[k] = gp_incref(gp_tuple_item(t, k % len));
    return r;
}

GpObject *gp_tuple_get_slice(GpState *st, GpObject *t, GpObject *slice)
{
    ssize_t start, stop, step, n;
    if (gp_slice_indices(st, slice, (ssize_t)gp_tuple_size(t), &start, &stop, &step, &n) < 0)
        return NULL;
    if (n <= 0)
        return gp_tuple_new(st, 0);
    if (start == 0 && step == 1 && (size_t)n == gp_tuple_size(t) && is_exact_tuple(st, t))
        return gp_incref(t);
    GpObject *r = gp_tuple_new(st, (size_t)n);
    if (!r)
        return NULL;
    for (size_t i = 0, cur = (size_t)start; i < (size_t)n; i++, cur += (size_t)step)
        ((GpTuple *)r)->items[i] = gp_incref(gp_tuple_item(t, (size_t)cur));
    return r;
}

ssize_t gp_tuple_index(GpState *st, GpObject *t, GpObject *v, ssize_t start, ssize_t stop)
{
    ssize_t n = (ssize_t)gp_tuple_size(t);
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0)
        stop += n;
    else if (stop > n)
        stop = n;
    for (ssize_t i = start; i < stop; i++) {
        int c = gp_obj_richcompare_bool(st, gp_tuple_item(t, (size_t)i), v, GP_EQ);
        if (c > 0)
            return i;
        if (c < 0)
            return -1;
    }
    gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "tuple.index(x): x not in tuple");
    return -1;
}

ssize_t gp_tuple_count(GpState *st, GpObject *t, GpObject *v)
{
    ssize_t count = 0;
    for (size_t i = 0; i < gp_tuple_size(t); i++) {
        int c = gp_obj_richcompare_bool(st, gp_tuple_item(t, i), v, GP_EQ);
        if (c < 0)
            return -1;
        count += c;
    }
    return count;
}

static int tuple_contains(GpState *st, GpObject *t, GpObject *v)
{
    int c = 0;
    for (size_t i = 0; c == 0 && i < gp_tuple_size(t); i++)
        c = gp_obj_richcompare_bool(st, gp_tuple_item(t, i), v, GP_EQ);
    return c;
}

static GpObject *tuple_subscript(GpState *st, GpObject *t, GpObject *key)
{
    if (gp_slice_has_index(key)) {
        ssize_t i;
        if (gp_slice_as_ssize(st, key, gp_type(st, GP_T_INDEX_ERROR), &i) < 0)
            return NULL;
        if (i < 0)
            i += (ssize_t)gp_tuple_size(t);
        return tuple_item(st, t, i);
    }
    if (gp_obj_is_instance_of_type(key, gp_type(st, GP_T_SLICE)))
        return gp_tuple_get_slice(st, t, key);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "tuple indices must be integers or slices, not %s", key->type->name);
    return NULL;
}

static GpObject *tuple_iter(GpState *st, GpObject *t)
{
    return gp_iter_index_new(st, gp_type(st, GP_T_TUPLE_ITER), t, 0);
}

static GpObject *tupleiter_next(GpState *st, GpObject *o)
{
    GpIndexIter *it = (GpIndexIter *)o;
    GpObject *t = it->seq;
    if (!t)
        return NULL;
    if ((size_t)it->index < gp_tuple_size(t))
        return gp_incref(gp_tuple_item(t, (size_t)it->index++));
    it->seq = NULL;
    gp_decref(st, t);
    return NULL;
}

static const GpSequenceSlots tuple_seq = {
    .len = tuple_len,
    .item = tuple_item,
    .concat = gp_tuple_concat,
    .contains = tuple_contains,
    .repeat = gp_tuple_repeat,
};

static const GpMappingSlots tuple_map = {
    .len = tuple_len,
    .subscript = tuple_subscript,
};

/* ---- methods and the constructor ------------------------------------------------ */

static GpObject *m_count(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)nargs, (void)kwnames;
    ssize_t n = gp_tuple_count(st, self, args[0]);
    return n < 0 ? NULL : gp_int_from_i64(st, n);
}

/* index(value, start=0, stop=sys.maxsize) */
static GpObject *m_index(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)kwnames;
    ssize_t start = 0, stop = (ssize_t)(SIZE_MAX >> 1);
    if (nargs < 1 || nargs > 3) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      nargs ? "index expected at most 3 arguments, got %zu"
                            : "index expected at least 1 argument, got %zu", nargs);
        return NULL;
    }
    if ((nargs > 1 && gp_slice_index(st, args[1], 0, &start)) ||
        (nargs > 2 && gp_slice_index(st, args[2], 0, &stop)))
        return NULL;
    ssize_t i = gp_tuple_index(st, self, args[0], start, stop);
    return i < 0 ? NULL : gp_int_from_i64(st, i);
}

static const GpMethodDef tuple_methods[] = {
    {"count", m_count, GP_METH_O},
    {"index", m_index, GP_METH_VARARGS},
    {NULL, NULL, 0},
};

/* tuple() and tuple(iterable); an exact tuple is returned itself */
static GpObject *tuple_call_new(GpState *st, GpObject *type, GpObject *const *args,
                                size_t nargs, GpObject *kwnames)
{
    (void)type;
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "tuple() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "tuple expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 0)
        return gp_incref(st->empty_tuple);
    return gp_tuple_from_iterable(st, args[0]);
}

GpObject *gp_tuple_from_iterable(GpState *st, GpObject *iterable)
{
    if (is_exact_tuple(st, iterable))
        return gp_incref(iterable);
    GpObject *l = gp_list_from_iterable(st, iterable);
    if (!l)
        return NULL;
    GpObject *t = gp_list_as_tuple(st, l);
    gp_decref(st, l);
    return t;
}

const GpType gp_tuple_template = {
    .name = "tuple",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpTuple),
    .itemsize = sizeof(GpObject *),
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .traverse = tuple_traverse,
    .iter = tuple_iter,
    .seq = &tuple_seq,
    .map = &tuple_map,
    .new_ = tuple_call_new,
    .methods = tuple_methods,
};

const GpType gp_tupleiter_template = {
    .name = "tuple_iterator",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpIndexIter),
    .dealloc = gp_iter_index_dealloc,
    .iter = gp_iter_self,
    .iternext = tupleiter_next,
    .traverse = gp_iter_index_traverse,
    .clear = gp_iter_index_clear,
};
