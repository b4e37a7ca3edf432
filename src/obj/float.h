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

extern const GpType gp_float_template;

#endif
