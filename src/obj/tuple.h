/*
 * tuple.h - the tuple type: a fixed array of references, inline.
 */
#ifndef GP_OBJ_TUPLE_H
#define GP_OBJ_TUPLE_H

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

extern const GpType gp_tuple_template;

#endif
