/*
 * int.h - the int type: arbitrary precision, machine words fast.
 *
 * An int is 32 bytes in one of two forms, told apart by the word at
 * offset 24 (GMP's limb pointer, or zero):
 *
 *   small  | header | int64 value | 0          |  every value that fits
 *   big    | header | alloc, size | limbs ---> |  GMP's mpz_t, otherwise
 *
 * The form is canonical (a value that fits a word is never big), so
 * equality and hashing never mix forms.  GMP's limbs are allocated in the
 * heap area through the image's allocator (gp_int_gmp_enter).  The small
 * ints -5..256 are made once, in the static area.
 */
#ifndef GP_OBJ_INT_H
#define GP_OBJ_INT_H

#include <gmp.h>

#include "obj/object.h"

typedef struct GpInt {
    GpObject ob;
    union {
        struct {
            int64_t v;
            void *zero;         /* NULL: the small form */
        } s;
        __mpz_struct z;         /* z._mp_d != NULL: the big form */
    } u;
} GpInt;

#define GP_INT(o) ((GpInt *)(o))

#define GP_SMALLINT_MIN (-5)
#define GP_SMALLINT_MAX 256

static inline int gp_int_is_small(const GpObject *o)
{
    return GP_INT(o)->u.s.zero == NULL;
}

GpObject *gp_int_from_i64(GpState *st, int64_t v);
/* A new int with the value of z (z is left as it was). */
GpObject *gp_int_from_mpz(GpState *st, const mpz_t z);
/* int(text, base) as CPython: base 0 or 2..36, underscores, signs and
 * surrounding whitespace; ValueError with CPython's message otherwise. */
GpObject *gp_int_from_str(GpState *st, const char *text, size_t len, int base);
/* The value as int64; OverflowError if it does not fit. 0/-1 return. */
int gp_int_as_i64(GpState *st, GpObject *o, int64_t *out);
/* The value into an initialized mpz. */
void gp_int_to_mpz(const GpObject *o, mpz_t out);
/* float(o), correctly rounded; OverflowError when too large. */
int gp_int_to_double(GpState *st, GpObject *o, double *out);
/* Compare an int with a double exactly: -1, 0, 1 (nan: 2). */
int gp_int_compare_double(GpState *st, const GpObject *o, double d);
/* round(x, ndigits) for an int x, as CPython's int.__round__; ndigits may
 * be NULL or None (then int(x)); TypeError unless it is an int. */
GpObject *gp_int_round(GpState *st, GpObject *x, GpObject *ndigits);
/* sys.set_int_max_str_digits: 0 = no limit, else >= 640. */
extern size_t gp_int_max_str_digits;

/* Route GMP's allocations for the state's operations into its heap. */
void gp_int_gmp_enter(GpState *st);
/* After GMP work: 0, or -1 with MemoryError raised if the heap was full
 * and GMP had to borrow memory (the caller must discard its result). */
int gp_int_gmp_leave(GpState *st);

int gp_int_init_small(GpState *st);
/* int.from_bytes into int's dict (state.c, after the method tables). */
int gp_int_type_ready(GpState *st);

extern const GpType gp_int_template;

#endif
