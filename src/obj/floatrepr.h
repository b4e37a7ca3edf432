/*
 * floatrepr.h - repr() of a float exactly as CPython prints it: the
 * shortest string of digits that reads back as the same double, placed in
 * fixed notation when the decimal point falls between 10^-4 and 10^16 and
 * in exponent notation otherwise ('1e-05', '1.5e+16', '100.0', '-0.0',
 * 'inf', 'nan').  Pure C, no objects: the tokenizer, the AST dump and the
 * float type all use it.
 */
#ifndef GP_OBJ_FLOATREPR_H
#define GP_OBJ_FLOATREPR_H

#include <stddef.h>

/* Room for any repr, with its NUL. */
#define GP_FLOAT_REPR_MAX 32

/* The shortest round-trip digits of |x| (finite, non-zero): writes up to
 * 17 digits and a NUL to digits, and the decimal exponent such that
 * |x| = 0.DIGITS * 10^decpt.  Returns the number of digits. */
int gp_float_shortest(double x, char *digits, int *decpt);

/* repr(x) into buf (at least GP_FLOAT_REPR_MAX bytes); returns its length. */
size_t gp_float_repr(double x, char *buf);

#endif
