/*
 * float.h - the float type: an IEEE 754 double.
 */
#ifndef GP_OBJ_FLOAT_H
#define GP_OBJ_FLOAT_H

#include "obj/int.h"
#include "obj/object.h"
#include "obj/state.h"

typedef struct GpFloat {
    GpObject ob;
    double v;
} GpFloat;

#define GP_FLOAT(o) ((GpFloat *)(o))

GpObject *gp_float_from_double(GpState *st, double v);

/* a word-sized int or an exact float as a double (C's conversion of a
 * 64-bit int rounds to nearest, as CPython's float(int)) */
static inline int gp_float_fast_double(GpState *st, GpObject *o, double *d)
{
    if (o->type == gp_type(st, GP_T_FLOAT)) {
        *d = GP_FLOAT(o)->v;
        return 1;
    }
    if (o->type == gp_type(st, GP_T_INT) && gp_int_is_small(o)) {
        *d = (double)GP_INT(o)->u.s.v;
        return 1;
    }
    return 0;
}

/* The evaluation loop's fast path for a + b, a - b, a * b, a / b when
 * both are exact floats, or one is and the other a word-sized int: *r
 * gets the result and 1 is returned; 0 (nothing done) for anything else,
 * division by zero included, so the slots raise CPython's errors. */
static inline int gp_float_binary_fast(GpState *st, GpObject *a, GpObject *b, int op,
                                       double *r)
{
    double x, y;
    GpType *ft = gp_type(st, GP_T_FLOAT);
    if ((a->type != ft && b->type != ft) || !gp_float_fast_double(st, a, &x) ||
        !gp_float_fast_double(st, b, &y))
        return 0;
    switch (op) {
    case GP_NB_ADD: *r = x + y; return 1;
    case GP_NB_SUB: *r = x - y; return 1;
    case GP_NB_MUL: *r = x * y; return 1;
    case GP_NB_TRUEDIV:
        if (y == 0.0)
            return 0;
        *r = x / y;
        return 1;
    default:
        return 0;
    }
}
/* A float holding r, reusing a or b when it is a float that only the
 * caller's reference keeps alive (a temporary on the evaluation stack):
 * `a * b + c` allocates one float, not two.  New reference. */
GpObject *gp_float_result(GpState *st, GpObject *a, GpObject *b, double r);
/* float(text) as CPython: decimal and exponent forms, inf, nan, infinity,
 * underscores between digits, surrounding whitespace. */
GpObject *gp_float_from_str(GpState *st, const char *text, size_t len);

/* math.floor(x), math.ceil(x) of a float: an int (big when x is);
 * OverflowError for infinities, ValueError for nan, as int(x). */
GpObject *gp_float_floor(GpState *st, GpObject *x);
GpObject *gp_float_ceil(GpState *st, GpObject *x);
/* round(x) and round(x, ndigits) exactly as CPython 3.11 for an int or a
 * float x: ties to even; a float with ndigits rounds its exact decimal
 * value (round(2.675, 2) == 2.67).  ndigits: NULL or None for round(x).
 * TypeError "type str doesn't define __round__ method" for other x. */
GpObject *gp_num_round(GpState *st, GpObject *x, GpObject *ndigits);

/* float.fromhex, a class method (state.c calls this once float's dict exists). */
int gp_float_type_ready(GpState *st);

extern const GpType gp_float_template;

#endif
