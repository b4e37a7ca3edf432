/*
 * tuple.h - the tuple type: a fixed array of references, inline.
 */
#ifndef GP_OBJ_TUPLE_H
#define GP_OBJ_TUPLE_H

#include <sys/types.h>

#include "obj/object.h"

typedef struct GpTuple {
    GpVarObject ob;
    GpObject *items[];
} GpTuple;

static inline size_t gp_tuple_size(const GpObject *t)
{
    return ((const GpVarObject *)t)->size;
}

static inline GpObject *gp_tuple_item(const GpObject *t, size_t i)
{
    return ((const GpTuple *)t)->items[i];
}

/* A tuple of n slots, all NULL: fill every slot before it escapes. */
GpObject *gp_tuple_new(GpState *st, size_t n);
/* A tuple of the n given objects (new references taken). */
GpObject *gp_tuple_pack(GpState *st, size_t n, ...);
GpObject *gp_tuple_from_array(GpState *st, GpObject *const *items, size_t n);
/* tuple(iterable): an exact tuple itself, else its items in a new tuple */
GpObject *gp_tuple_from_iterable(GpState *st, GpObject *iterable);

/* t + u (u must be a tuple: TypeError "can only concatenate tuple (not
 * "list") to tuple"), t * n, t[slice] */
GpObject *gp_tuple_concat(GpState *st, GpObject *t, GpObject *u);
GpObject *gp_tuple_repeat(GpState *st, GpObject *t, ssize_t n);
GpObject *gp_tuple_get_slice(GpState *st, GpObject *t, GpObject *slice);
/* t.index(v, start, stop) (slice-style bounds): the index, or -1 with
 * ValueError "tuple.index(x): x not in tuple"; t.count(v), or -1. */
ssize_t gp_tuple_index(GpState *st, GpObject *t, GpObject *v, ssize_t start, ssize_t stop);
ssize_t gp_tuple_count(GpState *st, GpObject *t, GpObject *v);

extern const GpType gp_tuple_template, gp_tupleiter_template;

#endif
