/*
 * range.h - the range type: an immutable arithmetic sequence.
 *
 * As CPython's rangeobject.c, start, stop and step are int objects (any
 * size) and the length is computed once, also as an int:
 *
 *   | header | start | stop | step | length |     all exact ints
 *
 * Indexing, slicing and `in` are arithmetic, never a walk.  Iteration uses
 * a machine-word iterator ("range_iterator") when start, stop, step and
 * the length all fit in 64 bits, and an int-object one
 * ("longrange_iterator") otherwise.
 */
#ifndef GP_OBJ_RANGE_H
#define GP_OBJ_RANGE_H

#include <sys/types.h>

#include "obj/object.h"

typedef struct GpRange {
    GpObject ob;
    GpObject *start, *stop, *step, *length;
} GpRange;

#define GP_RANGE(o) ((GpRange *)(o))

/* range(start, stop, step) from objects with __index__ (step NULL = 1):
 * TypeError "'float' object cannot be interpreted as an integer",
 * ValueError "range() arg 3 must not be zero". */
GpObject *gp_range_new(GpState *st, GpObject *start, GpObject *stop, GpObject *step);
/* r[key] for an int-like key or a slice (a new range) */
GpObject *gp_range_subscript(GpState *st, GpObject *r, GpObject *key);
/* v in r: 1, 0, or -1 */
int gp_range_contains(GpState *st, GpObject *r, GpObject *v);
/* r.index(v): an int, or NULL with ValueError "5 is not in range" */
GpObject *gp_range_index(GpState *st, GpObject *r, GpObject *v);
/* r.count(v), or -1 */
ssize_t gp_range_count(GpState *st, GpObject *r, GpObject *v);
/* reversed(r) */
GpObject *gp_range_reversed(GpState *st, GpObject *r);

extern const GpType gp_range_template, gp_rangeiter_template, gp_longrangeiter_template;

#endif
