/*
 * float.h - the float type: an IEEE 754 double.
 */
#ifndef GP_OBJ_FLOAT_H
#define GP_OBJ_FLOAT_H

#include "obj/object.h"

typedef struct GpFloat {
    GpObject ob;
    double v;
} GpFloat;

#define GP_FLOAT(o) ((GpFloat *)(o))

GpObject *gp_float_from_double(GpState *st, double v);
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
