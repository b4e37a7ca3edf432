/*
 * tuple.c - the tuple type.
 */
#include "obj/tuple.h"

#include <stdarg.h>

#include "obj/error.h"
#include "obj/hash.h"
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
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_cp(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i)
            gp_strbuf_add_ascii(&b, ", ");
        gp_strbuf_add_repr(&b, gp_tuple_item(o, i));
    }
    gp_strbuf_add_ascii(&b, n == 1 ? ",)" : ")");
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

static const GpSequenceSlots tuple_seq = {
    .len = tuple_len,
    .item = tuple_item,
};

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
    .seq = &tuple_seq,
};
