/*
 * int.c - the int type (see int.h for the two forms).
 *
 * Arithmetic on two small ints is done in machine words with overflow
 * checks; anything else (a big operand, or an overflow) is done in GMP and
 * the result made canonical again.  Division and modulo floor, as Python's
 * do; true division is correctly rounded, as CPython's is.
 */
#include "obj/int.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/args.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/method.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/format.h"
#include "obj/hash.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

size_t gp_int_max_str_digits = 4300;

/* ---- GMP's memory ----------------------------------------------------------- */

/* GMP cannot fail an allocation: its functions must return memory.  When
 * the heap is full they borrow from the C library instead, and the
 * operation's result is discarded with MemoryError (gp_int_gmp_leave). */
static GpState *gmp_state;
static int gmp_borrowed;
static int gmp_hooked;

static GpArea *area_holding(void *p)
{
    if (!gmp_state)
        return NULL;
    GpAreaKind k = gp_image_area_of(gmp_state->img, p);
    return k == GP_AREA_NONE ? NULL : &gmp_state->img->areas[k];
}

static void *gmp_alloc(size_t n)
{
    void *p = gmp_state ? gp_mem_alloc(gmp_state->heap, n) : NULL;
    if (!p) {
        gmp_borrowed = 1;
        p = malloc(n);
        if (!p)
            abort();    /* the system itself is out of memory */
    }
    return p;
}

static void gmp_free(void *p, size_t n)
{
    GpArea *a = area_holding(p);
    if (a)
        gp_mem_free(a, p, n);
    else
        free(p);
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    GpArea *a = area_holding(p);
    if (a) {
        void *q = gp_mem_realloc(a, p, old, n);
        if (q)
            return q;
        q = gmp_alloc(n);
        memcpy(q, p, old < n ? old : n);
        gp_mem_free(a, p, old);
        return q;
    }
    void *q = realloc(p, n);
    if (!q)
        abort();
    gmp_borrowed = 1;
    return q;
}

void gp_int_gmp_enter(GpState *st)
{
    if (!gmp_hooked) {
        mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
        gmp_hooked = 1;
    }
    gmp_state = st;
    gmp_borrowed = 0;
}

int gp_int_gmp_leave(GpState *st)
{
    if (!gmp_borrowed)
        return 0;
    gmp_borrowed = 0;
    gp_err_nomemory(st);
    return -1;
}

/* ---- making ints ------------------------------------------------------------ */

static GpObject *alloc_int(GpState *st)
{
    return gp_obj_alloc(st, gp_type(st, GP_T_INT), sizeof(GpInt));
}

GpObject *gp_int_from_i64(GpState *st, int64_t v)
{
    if (v >= GP_SMALLINT_MIN && v <= GP_SMALLINT_MAX && st->small_ints[0])
        return gp_incref(st->small_ints[v - GP_SMALLINT_MIN]);
    GpObject *o = gp_obj_alloc_atom(st, gp_type(st, GP_T_INT), sizeof(GpInt));
    if (o) {
        GP_INT(o)->u.s.v = v;
        GP_INT(o)->u.s.zero = NULL;
    }
    return o;
}

static int mpz_fits_i64(const mpz_t z)
{
    return mpz_sizeinbase(z, 2) <= 63 || (mpz_sgn(z) < 0 && mpz_sizeinbase(z, 2) == 64 &&
                                          mpz_scan1(z, 0) == 63);
}

static int64_t mpz_get_i64(const mpz_t z)
{
    uint64_t mag = mpz_getlimbn(z, 0);
    return mpz_sgn(z) < 0 ? (int64_t)(0 - mag) : (int64_t)mag;
}

GpObject *gp_int_from_mpz(GpState *st, const mpz_t z)
{
    if (mpz_fits_i64(z))
        return gp_int_from_i64(st, mpz_get_i64(z));
    GpObject *o = alloc_int(st);
    if (!o)
        return NULL;
    gp_int_gmp_enter(st);
    mpz_init_set(&GP_INT(o)->u.z, z);
    if (gp_int_gmp_leave(st)) {
        gp_decref(st, o);
        return NULL;
    }
    return o;
}

void gp_int_to_mpz(const GpObject *o, mpz_t out)
{
    if (gp_int_is_small(o)) {
        int64_t v = GP_INT(o)->u.s.v;
        uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        mpz_set_ui(out, mag);
        if (v < 0)
            mpz_neg(out, out);
    } else {
        mpz_set(out, &GP_INT(o)->u.z);
    }
}

int gp_int_init_small(GpState *st)
{
    for (int64_t v = GP_SMALLINT_MIN; v <= GP_SMALLINT_MAX; v++) {
        GpObject *o = alloc_int(st);
        if (!o)
            return -1;
        GP_INT(o)->u.s.v = v;
        st->small_ints[v - GP_SMALLINT_MIN] = o;
    }
    return 0;
}

int gp_int_as_i64(GpState *st, GpObject *o, int64_t *out)
{
    if (gp_int_is_small(o)) {
        *out = GP_INT(o)->u.s.v;
        return 0;
    }
    gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                  "Python int too large to convert to C long");
    return -1;
}

/* ---- int(text, base) ----------------------------------------------------------- */

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* CPython's "invalid literal for int() with base %d: %.200R": the repr of
 * the text as the caller gave it (orig, a str, or the text itself), cut to
 * 200 code points. */
static void invalid_literal(GpState *st, const char *text, size_t len, int base,
                            GpObject *orig)
{
    GpObject *s = orig ? gp_incref(orig) : gp_str_from_utf8(st, text, len);
    if (!s)
        return;
    GpObject *r = gp_obj_repr(st, s);
    gp_decref(st, s);
    if (!r)
        return;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    char head[64];
    snprintf(head, sizeof head, "invalid literal for int() with base %d: ", base);
    gp_strbuf_add_ascii(&b, head);
    size_t n = GP_STR(r)->length < 200 ? GP_STR(r)->length : 200;
    for (size_t i = 0; i < n; i++)
        gp_strbuf_add_cp(&b, gp_str_at(r, i));
    gp_decref(st, r);
    GpObject *msg = gp_strbuf_finish(&b);
    if (msg) {
        gp_err_set(st, gp_type(st, GP_T_VALUE_ERROR), msg);
        gp_decref(st, msg);
    }
}

static GpObject *parse_int(GpState *st, const char *text, size_t len, int base, GpObject *orig);

GpObject *gp_int_from_str(GpState *st, const char *text, size_t len, int base)
{
    return parse_int(st, text, len, base, NULL);
}

static GpObject *parse_int(GpState *st, const char *text, size_t len, int base, GpObject *orig)
{
    if (base != 0 && (base < 2 || base > 36)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    const char *p = text, *end = text + len;
    int orig_base = base;
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (end > p && isspace((unsigned char)end[-1]))
        end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (end - p >= 2 && p[0] == '0') {
        int c = tolower((unsigned char)p[1]);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            if (p < end && *p == '_')
                p++;
        }
    }
    if (base == 0) {
        /* decimal; a leading zero only as in "0", "00", "0_0" */
        base = 10;
        if (p < end && *p == '0') {
            for (const char *q = p; q < end; q++)
                if (*q != '0' && *q != '_')
                    goto bad;
        }
    }
    /* digits with single underscores between them */
    size_t ndigits = 0;
    char small[72];
    char *digits = small;
    size_t cap = sizeof small;
    if ((size_t)(end - p) + 1 > cap) {
        cap = (size_t)(end - p) + 1;
        digits = gp_mem_alloc(st->heap, cap);
        if (!digits) {
            gp_err_nomemory(st);
            return NULL;
        }
    }
    int prev_us = 1;   /* no underscore first */
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (prev_us)
                goto bad_free;
            prev_us = 1;
            continue;
        }
        if (digit_value((unsigned char)*q) >= base)
            goto bad_free;
        digits[ndigits++] = *q;
        prev_us = 0;
    }
    if (ndigits == 0 || prev_us)
        goto bad_free;
    digits[ndigits] = '\0';
    if (base == 10 && gp_int_max_str_digits && ndigits > gp_int_max_str_digits) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "Exceeds the limit (%zu digits) for integer string conversion: value "
                      "has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                      gp_int_max_str_digits, ndigits);
        if (digits != small)
            gp_mem_free(st->heap, digits, cap);
        return NULL;
    }
    mpz_t z;
    gp_int_gmp_enter(st);
    mpz_init(z);
    mpz_set_str(z, digits, base);
    if (neg)
        mpz_neg(z, z);
    if (digits != small)
        gp_mem_free(st->heap, digits, cap);
    GpObject *r = gp_int_gmp_leave(st) ? NULL : gp_int_from_mpz(st, z);
    mpz_clear(z);
    return r;
bad_free:
    if (digits != small)
        gp_mem_free(st->heap, digits, cap);
bad:
    invalid_literal(st, text, len, orig_base, orig);
    return NULL;
}

/* ---- conversions to double ---------------------------------------------------- */

/* float(o), correctly rounded (the rounding is format.c's, shared with
 * format()). */
int gp_int_to_double(GpState *st, GpObject *o, double *out)
{
    if (gp_int_is_small(o)) {
        *out = (double)GP_INT(o)->u.s.v;   /* C rounds to nearest, ties to even */
        return 0;
    }
    GpFormatError ferr;
    gp_int_gmp_enter(st);
    int rc = gp_format_mpz_to_double(&GP_INT(o)->u.z, out, &ferr);
    if (gp_int_gmp_leave(st))
        return -1;
    if (rc) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "%s", ferr.msg);
        return -1;
    }
    return 0;
}

int gp_int_compare_double(GpState *st, const GpObject *o, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (gp_int_is_small(o) && fabs(d) < 9007199254740992.0) {
        /* both exact as doubles */
        double v = (double)GP_INT(o)->u.s.v;
        if (GP_INT(o)->u.s.v == (int64_t)v)
            return v < d ? -1 : v > d;
    }
    double fl = floor(d);
    mpz_t a, b;
    gp_int_gmp_enter(st);
    mpz_init(a);
    mpz_init(b);
    gp_int_to_mpz(o, a);
    mpz_set_d(b, fl);
    int c = mpz_cmp(a, b);
    if (c == 0 && fl != d)
        c = -1;    /* o == floor(d) < d */
    mpz_clear(a);
    mpz_clear(b);
    /* temporaries only: even borrowed memory was given back */
    return c < 0 ? -1 : c > 0;
}

/* ---- arithmetic ------------------------------------------------------------------ */

enum { OP_ADD, OP_SUB, OP_MUL, OP_FLOORDIV, OP_MOD, OP_AND, OP_OR, OP_XOR, OP_LSHIFT,
       OP_RSHIFT };

static int is_int(GpState *st, GpObject *o)
{
    return gp_obj_is_instance_of_type(o, gp_type(st, GP_T_INT));
}

/* The small-small fast paths; 1 when the result does not fit a word. */
static int small_op(int op, int64_t a, int64_t b, int64_t *r)
{
    switch (op) {
    case OP_ADD: return __builtin_add_overflow(a, b, r);
    case OP_SUB: return __builtin_sub_overflow(a, b, r);
    case OP_MUL: return __builtin_mul_overflow(a, b, r);
    case OP_FLOORDIV:
        if (a == INT64_MIN && b == -1)
            return 1;
        *r = a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
        return 0;
    case OP_MOD: {
        if (b == -1) {
            *r = 0;
            return 0;
        }
        int64_t m = a % b;
        *r = m != 0 && ((m < 0) != (b < 0)) ? m + b : m;
        return 0;
    }
    case OP_AND: *r = a & b; return 0;
    case OP_OR: *r = a | b; return 0;
    case OP_XOR: *r = a ^ b; return 0;
    case OP_LSHIFT:
        if (b >= 63 || (a != 0 && (a > (INT64_MAX >> b) || a < (INT64_MIN >> b))))
            return a == 0 ? (*r = 0, 0) : 1;
        *r = (int64_t)((uint64_t)a << b);
        return 0;
    case OP_RSHIFT:
        *r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;   /* arithmetic: floors */
        return 0;
    }
    return 1;
}

static int check_divisor(GpState *st, int op, GpObject *b)
{
    if ((op == OP_FLOORDIV || op == OP_MOD) && gp_int_is_small(b) && GP_INT(b)->u.s.v == 0) {
        gp_err_format(st, gp_type(st, GP_T_ZERO_DIVISION_ERROR),
                      op == OP_MOD ? "integer modulo by zero"
                                   : "integer division or modulo by zero");
        return -1;
    }
    if ((op == OP_LSHIFT || op == OP_RSHIFT) &&
        (gp_int_is_small(b) ? GP_INT(b)->u.s.v < 0 : mpz_sgn(&GP_INT(b)->u.z) < 0)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "negative shift count");
        return -1;
    }
    return 0;
}

static int int_sign(const GpObject *o)
{
    if (gp_int_is_small(o))
        return (GP_INT(o)->u.s.v > 0) - (GP_INT(o)->u.s.v < 0);
    return mpz_sgn(&GP_INT(o)->u.z);
}

static GpObject *big_op(GpState *st, int op, GpObject *a, GpObject *b)
{
    if ((op == OP_LSHIFT || op == OP_RSHIFT) && int_sign(a) == 0)
        return gp_int_from_i64(st, 0);
    if (op == OP_RSHIFT && !gp_int_is_small(b))
        return gp_int_from_i64(st, int_sign(a) < 0 ? -1 : 0);
    if (op == OP_LSHIFT) {
        /* refuse a result that could not fit in the image before trying */
        size_t abits = gp_int_is_small(a) ? 64 : mpz_sizeinbase(&GP_INT(a)->u.z, 2);
        if (!gp_int_is_small(b) || (uint64_t)GP_INT(b)->u.s.v / 8 + abits / 8 > st->img->size) {
            gp_err_nomemory(st);
            return NULL;
        }
    }
    mpz_t x, y, r;
    gp_int_gmp_enter(st);
    mpz_init(x);
    mpz_init(y);
    mpz_init(r);
    gp_int_to_mpz(a, x);
    gp_int_to_mpz(b, y);
    switch (op) {
    case OP_ADD: mpz_add(r, x, y); break;
    case OP_SUB: mpz_sub(r, x, y); break;
    case OP_MUL: mpz_mul(r, x, y); break;
    case OP_FLOORDIV: mpz_fdiv_q(r, x, y); break;
    case OP_MOD: mpz_fdiv_r(r, x, y); break;
    case OP_AND: mpz_and(r, x, y); break;
    case OP_OR: mpz_ior(r, x, y); break;
    case OP_XOR: mpz_xor(r, x, y); break;
    case OP_LSHIFT: mpz_mul_2exp(r, x, (mp_bitcnt_t)mpz_get_ui(y)); break;
    case OP_RSHIFT: mpz_fdiv_q_2exp(r, x, (mp_bitcnt_t)mpz_get_ui(y)); break;
    }
    GpObject *res = gp_int_gmp_leave(st) ? NULL : gp_int_from_mpz(st, r);
    mpz_clears(x, y, r, NULL);
    return res;
}

static GpObject *binop(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!is_int(st, a) || !is_int(st, b))
        return gp_incref(st->not_implemented);
    if (check_divisor(st, op, b))
        return NULL;
    if (gp_int_is_small(a) && gp_int_is_small(b)) {
        int64_t r;
        if (!small_op(op, GP_INT(a)->u.s.v, GP_INT(b)->u.s.v, &r))
            return gp_int_from_i64(st, r);
    }
    return big_op(st, op, a, b);
}

static GpObject *int_add(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_ADD); }
static GpObject *int_sub(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_SUB); }
static GpObject *int_mul(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_MUL); }
static GpObject *int_floordiv(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_FLOORDIV); }
static GpObject *int_mod(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_MOD); }
static GpObject *int_and(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_AND); }
static GpObject *int_or(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_OR); }
static GpObject *int_xor(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_XOR); }
static GpObject *int_lshift(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_LSHIFT); }
static GpObject *int_rshift(GpState *st, GpObject *a, GpObject *b) { return binop(st, a, b, OP_RSHIFT); }

static GpObject *int_divmod(GpState *st, GpObject *a, GpObject *b)
{
    if (!is_int(st, a) || !is_int(st, b))
        return gp_incref(st->not_implemented);
    GpObject *q = binop(st, a, b, OP_FLOORDIV);
    if (!q)
        return NULL;
    GpObject *m = binop(st, a, b, OP_MOD);
    GpObject *t = m ? gp_tuple_pack(st, 2, q, m) : NULL;
    gp_decref(st, q);
    gp_xdecref(st, m);
    return t;
}

/* a / b correctly rounded, as CPython: exact when both fit in 53 bits,
 * else a scaled integer quotient with a sticky bit, rounded once. */
static GpObject *int_truediv(GpState *st, GpObject *a, GpObject *b)
{
    if (!is_int(st, a) || !is_int(st, b))
        return gp_incref(st->not_implemented);
    if (gp_int_is_small(b) && GP_INT(b)->u.s.v == 0) {
        gp_err_format(st, gp_type(st, GP_T_ZERO_DIVISION_ERROR), "division by zero");
        return NULL;
    }
    const int64_t exact = (int64_t)1 << 53;
    if (gp_int_is_small(a) && gp_int_is_small(b) && GP_INT(a)->u.s.v <= exact &&
        GP_INT(a)->u.s.v >= -exact && GP_INT(b)->u.s.v <= exact && GP_INT(b)->u.s.v >= -exact)
        return gp_float_from_double(st, (double)GP_INT(a)->u.s.v / (double)GP_INT(b)->u.s.v);
    mpz_t x, y, q, r;
    gp_int_gmp_enter(st);
    mpz_inits(x, y, q, r, NULL);
    gp_int_to_mpz(a, x);
    gp_int_to_mpz(b, y);
    int neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
    mpz_abs(x, x);
    mpz_abs(y, y);
    double d = 0.0;
    int overflow = 0;
    if (mpz_sgn(x) != 0) {
        /* scale so the quotient has 55 bits: x * 2^k / y */
        long k = 55 - ((long)mpz_sizeinbase(x, 2) - (long)mpz_sizeinbase(y, 2));
        /* below the normal range the quotient needs fewer bits */
        long e_min = -1074;
        long qexp = -k;                      /* value = q * 2^qexp */
        if (k > 0)
            mpz_mul_2exp(x, x, (mp_bitcnt_t)k);
        else
            mpz_mul_2exp(y, y, (mp_bitcnt_t)-k);
        mpz_tdiv_qr(q, r, x, y);
        long qbits = (long)mpz_sizeinbase(q, 2);      /* 55 or 56 */
        long keep = 53;
        if (qexp + qbits - 1 < -1022)                  /* subnormal result */
            keep = 53 - (-1022 - (qexp + qbits - 1));
        long drop = qbits - keep;
        if (keep <= 0) {
            d = 0.0;   /* below half the smallest subnormal: rounds to zero */
            if (keep == 0 && (mpz_cmp_ui(q, 0) != 0)) {
                /* exactly the half-way region: round half to even -> 2^-1074 if above */
                mpz_t half;
                mpz_init(half);
                mpz_setbit(half, (mp_bitcnt_t)(qbits - 1));
                if (mpz_cmp(q, half) > 0 || mpz_sgn(r) != 0)
                    d = ldexp(1.0, (int)e_min);
                mpz_clear(half);
            }
        } else {
            int sticky = mpz_sgn(r) != 0 || (drop > 1 && mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1));
            int half = drop > 0 && mpz_tstbit(q, (mp_bitcnt_t)(drop - 1));
            mpz_tdiv_q_2exp(q, q, (mp_bitcnt_t)drop);
            uint64_t m = mpz_get_ui(q);
            if (half && (sticky || (m & 1)))
                m++;
            d = ldexp((double)m, (int)(qexp + drop));
            overflow = isinf(d);
        }
    }
    mpz_clears(x, y, q, r, NULL);
    if (gp_int_gmp_leave(st))
        return NULL;
    if (overflow) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                      "integer division result too large for a float");
        return NULL;
    }
    return gp_float_from_double(st, neg ? -d : d);
}

static GpObject *int_pow(GpState *st, GpObject *a, GpObject *b, GpObject *m)
{
    if (!is_int(st, a) || !is_int(st, b) || (m != st->none && !is_int(st, m)))
        return gp_incref(st->not_implemented);
    int bneg = gp_int_is_small(b) ? GP_INT(b)->u.s.v < 0 : mpz_sgn(&GP_INT(b)->u.z) < 0;
    if (m == st->none && bneg) {
        double x, y;
        if (gp_int_to_double(st, a, &x) || gp_int_to_double(st, b, &y))
            return NULL;
        if (x == 0.0) {
            gp_err_format(st, gp_type(st, GP_T_ZERO_DIVISION_ERROR),
                          "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return gp_float_from_double(st, pow(x, y));
    }
    if (m != st->none && gp_int_is_small(m) && GP_INT(m)->u.s.v == 0) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "pow() 3rd argument cannot be 0");
        return NULL;
    }
    if (m == st->none) {
        /* refuse results that could not fit in the image before trying */
        if (!gp_int_is_small(b)) {
            if (gp_int_is_small(a) && GP_INT(a)->u.s.v >= -1 && GP_INT(a)->u.s.v <= 1) {
                int64_t v = GP_INT(a)->u.s.v;
                int odd = mpz_odd_p(&GP_INT(b)->u.z);
                return gp_int_from_i64(st, v == -1 ? (odd ? -1 : 1) : v);
            }
            gp_err_nomemory(st);
            return NULL;
        }
        int64_t e = GP_INT(b)->u.s.v;
        if (gp_int_is_small(a)) {
            int64_t base = GP_INT(a)->u.s.v, r = 1;
            if (base == 0 || base == 1)
                return gp_int_from_i64(st, e == 0 ? 1 : base);
            if (base == -1)
                return gp_int_from_i64(st, e % 2 ? -1 : 1);
            int ok = e < 64;     /* |base| >= 2: a word holds at most 2^63 */
            for (int64_t i = 0; i < e && ok; i++)
                ok = !__builtin_mul_overflow(r, base, &r);
            if (ok)
                return gp_int_from_i64(st, r);
        }
    }
    mpz_t x, y, r, md;
    gp_int_gmp_enter(st);
    mpz_inits(x, y, r, md, NULL);
    gp_int_to_mpz(a, x);
    gp_int_to_mpz(b, y);
    int err = 0;
    if (m == st->none) {
        double bits = (double)mpz_sizeinbase(x, 2) * (double)mpz_get_ui(y);
        if (bits / 8 > (double)st->img->size)
            err = 2;
        else
            mpz_pow_ui(r, x, mpz_get_ui(y));
    } else {
        gp_int_to_mpz(m, md);
        int mneg = mpz_sgn(md) < 0;
        mpz_abs(md, md);
        if (mpz_sgn(y) < 0) {
            if (!mpz_invert(x, x, md))
                err = 1;
            mpz_neg(y, y);
        }
        if (!err) {
            mpz_powm(r, x, y, md);
            /* the result takes the modulus's sign, as Python's % does */
            if (mneg && mpz_sgn(r) != 0)
                mpz_sub(r, r, md);
        }
    }
    GpObject *res = NULL;
    if (gp_int_gmp_leave(st) == 0) {
        if (err == 1)
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                          "base is not invertible for the given modulus");
        else if (err == 2)
            gp_err_nomemory(st);
        else
            res = gp_int_from_mpz(st, r);
    }
    mpz_clears(x, y, r, md, NULL);
    return res;
}

/* -a, abs(a), ~a in GMP (the word paths are in the callers) */
static GpObject *big_unary(GpState *st, GpObject *a, void (*fn)(mpz_ptr, mpz_srcptr))
{
    mpz_t x;
    gp_int_gmp_enter(st);
    mpz_init(x);
    gp_int_to_mpz(a, x);
    fn(x, x);
    GpObject *r = gp_int_gmp_leave(st) ? NULL : gp_int_from_mpz(st, x);
    mpz_clear(x);
    return r;
}

static GpObject *int_neg(GpState *st, GpObject *a)
{
    if (gp_int_is_small(a) && GP_INT(a)->u.s.v != INT64_MIN)
        return gp_int_from_i64(st, -GP_INT(a)->u.s.v);
    return big_unary(st, a, mpz_neg);
}

static GpObject *int_abs(GpState *st, GpObject *a)
{
    if (gp_int_is_small(a) && GP_INT(a)->u.s.v != INT64_MIN) {
        int64_t v = GP_INT(a)->u.s.v;
        return gp_int_from_i64(st, v < 0 ? -v : v);
    }
    return big_unary(st, a, mpz_abs);
}

static GpObject *int_invert(GpState *st, GpObject *a)
{
    if (gp_int_is_small(a))
        return gp_int_from_i64(st, ~GP_INT(a)->u.s.v);
    return big_unary(st, a, mpz_com);
}

/* +x and int(x): an int itself, or a plain int equal to a bool */
static GpObject *int_pos(GpState *st, GpObject *a)
{
    if (a->type == gp_type(st, GP_T_INT))
        return gp_incref(a);
    if (gp_int_is_small(a))
        return gp_int_from_i64(st, GP_INT(a)->u.s.v);
    return gp_int_from_mpz(st, &GP_INT(a)->u.z);
}

static GpObject *int_to_float(GpState *st, GpObject *a)
{
    double d;
    if (gp_int_to_double(st, a, &d))
        return NULL;
    return gp_float_from_double(st, d);
}

static int int_bool(GpState *st, GpObject *a)
{
    (void)st;
    return !gp_int_is_small(a) || GP_INT(a)->u.s.v != 0;
}

/* ---- the type ---------------------------------------------------------------------- */

static void int_dealloc(GpState *st, GpObject *o)
{
    if (!gp_int_is_small(o)) {
        gp_int_gmp_enter(st);
        mpz_clear(&GP_INT(o)->u.z);
    }
    gp_obj_free(st, o, sizeof(GpInt));
}

static GpObject *int_repr(GpState *st, GpObject *o)
{
    if (gp_int_is_small(o))
        return gp_str_format(st, "%lld", (long long)GP_INT(o)->u.s.v);
    const __mpz_struct *z = &GP_INT(o)->u.z;
    /* decimal digits: sizeinbase may overstate by one */
    size_t digits = mpz_sizeinbase(z, 10);
    if (gp_int_max_str_digits && digits > gp_int_max_str_digits + 1) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "Exceeds the limit (%zu digits) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      gp_int_max_str_digits);
        return NULL;
    }
    char *buf = gp_mem_alloc(st->heap, digits + 2);
    if (!buf) {
        gp_err_nomemory(st);
        return NULL;
    }
    gp_int_gmp_enter(st);
    mpz_get_str(buf, 10, z);
    size_t n = strlen(buf);
    GpObject *r = NULL;
    if (gp_int_gmp_leave(st) == 0) {
        size_t nd = n - (buf[0] == '-');
        if (gp_int_max_str_digits && nd > gp_int_max_str_digits)
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                          "Exceeds the limit (%zu digits) for integer string conversion; use "
                          "sys.set_int_max_str_digits() to increase the limit",
                          gp_int_max_str_digits);
        else
            r = gp_str_from_utf8(st, buf, n);
    }
    gp_mem_free(st->heap, buf, digits + 2);
    return r;
}

static int64_t int_hash(GpState *st, GpObject *o)
{
    (void)st;
    if (gp_int_is_small(o))
        return gp_hash_int64(GP_INT(o)->u.s.v);
    return gp_hash_mpz(&GP_INT(o)->u.z);
}

static int compare_ints(const GpObject *a, const GpObject *b)
{
    if (gp_int_is_small(a) && gp_int_is_small(b)) {
        int64_t x = GP_INT(a)->u.s.v, y = GP_INT(b)->u.s.v;
        return x < y ? -1 : x > y;
    }
    if (gp_int_is_small(a))    /* forms are canonical: a big one is never equal */
        return mpz_cmp_si(&GP_INT(b)->u.z, GP_INT(a)->u.s.v) > 0 ? -1 : 1;
    if (gp_int_is_small(b))
        return mpz_cmp_si(&GP_INT(a)->u.z, GP_INT(b)->u.s.v) < 0 ? -1 : 1;
    int c = mpz_cmp(&GP_INT(a)->u.z, &GP_INT(b)->u.z);
    return c < 0 ? -1 : c > 0;
}

static GpObject *int_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (!is_int(st, b))
        return gp_incref(st->not_implemented);
    return gp_obj_compare_result(st, compare_ints(a, b), op);
}

static const GpNumberSlots int_num = {
    .add = int_add, .sub = int_sub, .mul = int_mul, .truediv = int_truediv,
    .floordiv = int_floordiv, .mod = int_mod, .divmod = int_divmod, .lshift = int_lshift,
    .rshift = int_rshift, .and_ = int_and, .xor_ = int_xor, .or_ = int_or, .pow = int_pow,
    .neg = int_neg, .pos = int_pos, .abs = int_abs, .invert = int_invert, .to_int = int_pos,
    .to_float = int_to_float, .index = int_pos, .bool_ = int_bool,
};

/* ---- Python-visible methods and the constructor ----------------------------------
 *
 * int(), int(x), int(text, base) and the methods of CPython 3.11's int,
 * with its messages.  Not here: to_bytes/from_bytes (no bytes type yet),
 * is_integer (3.12), __format__ (the format dispatch), __sizeof__ (sizes
 * differ from CPython's by design).  The attributes real, imag, numerator
 * and denominator are getsets, as CPython's. */

/* The ASCII form of a str for int() and float(): CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII (Unicode digits to '0'..'9',
 * Unicode spaces to ' ', cut at the first other non-ASCII code point with
 * a '?').  Returns the text (the str's own data when it is ASCII; else in
 * a heap buffer of *cap bytes the caller frees), or NULL with MemoryError. */
static const char *ascii_digits(GpState *st, GpObject *s, size_t *len, size_t *cap)
{
    size_t n = GP_STR(s)->length;
    *cap = 0;
    if (GP_STR(s)->ascii) {
        *len = n;
        return gp_str_data(s);
    }
    char *buf = gp_mem_alloc(st->heap, n + 1);
    if (!buf) {
        gp_err_nomemory(st);
        return NULL;
    }
    size_t k = gp_ucs_to_ascii_digits(GP_STR(s)->kind, gp_str_data(s), n, buf);
    if (k < n)
        buf[k++] = '?';
    buf[k] = '\0';
    *len = k;
    *cap = n + 1;
    return buf;
}

/* int(s, base) of a str; messages quote s itself */
static GpObject *int_from_ustr(GpState *st, GpObject *s, int base)
{
    size_t len, cap;
    const char *text = ascii_digits(st, s, &len, &cap);
    if (!text)
        return NULL;
    GpObject *r = parse_int(st, text, len, base, s);
    if (cap)
        gp_mem_free(st->heap, (char *)text, cap);
    return r;
}

/* int() as CPython 3.11's long_new: int(x=0, /, base=10) */
static GpObject *int_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                         GpObject *kwnames)
{
    (void)type;
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    GpType *type_error = gp_type(st, GP_T_TYPE_ERROR);
    if (nargs + nkw > 2) {
        gp_err_format(st, type_error, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
        return NULL;
    }
    GpObject *x = nargs > 0 ? args[0] : NULL, *obase = nargs > 1 ? args[1] : NULL;
    for (size_t i = 0; i < nkw; i++) {
        GpObject *name = gp_tuple_item(kwnames, i);
        if (!gp_str_equal_cstr(name, "base")) {
            char buf[256];
            size_t n;
            const char *u = gp_str_utf8(name, buf, sizeof buf, &n);
            gp_err_format(st, type_error, "'%.*s' is an invalid keyword argument for int()",
                          u ? (int)n : 3, u ? u : "...");
            return NULL;
        }
        obase = args[nargs + i];
    }
    if (!x) {
        if (obase) {
            gp_err_format(st, type_error, "int() missing string argument");
            return NULL;
        }
        return gp_int_from_i64(st, 0);
    }
    int is_str = gp_obj_is_instance_of_type(x, gp_type(st, GP_T_STR));
    if (!obase) {
        if (is_str)
            return int_from_ustr(st, x, 10);
        if (x->type->num && x->type->num->to_int)
            return x->type->num->to_int(st, x);
        gp_err_format(st, type_error,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '%s'", x->type->name);
        return NULL;
    }
    if (!is_int(st, obase)) {
        gp_err_format(st, type_error, "'%s' object cannot be interpreted as an integer",
                      obase->type->name);
        return NULL;
    }
    /* CPython clamps the base to a machine word, then checks the range */
    int64_t base = gp_int_is_small(obase) ? GP_INT(obase)->u.s.v : -1;
    if ((base != 0 && base < 2) || base > 36) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    if (!is_str) {
        gp_err_format(st, type_error, "int() can't convert non-string with explicit base");
        return NULL;
    }
    return int_from_ustr(st, x, (int)base);
}

/* round(x, ndigits) for an int (CPython's int.__round__): x itself (as a
 * plain int) unless ndigits < 0; then the nearest multiple of
 * 10**-ndigits, ties to the even multiple. */
GpObject *gp_int_round(GpState *st, GpObject *x, GpObject *ndigits)
{
    if (!ndigits || ndigits == st->none)
        return int_pos(st, x);
    if (!is_int(st, ndigits))
        goto not_index;
    if (int_sign(ndigits) >= 0)
        return int_pos(st, x);
    if (int_sign(x) == 0)
        return gp_int_from_i64(st, 0);
    mpz_t v, p, q, r;
    gp_int_gmp_enter(st);
    mpz_inits(v, p, q, r, NULL);
    gp_int_to_mpz(x, v);
    /* 10**k > 2|x| rounds to 0: decided without making 10**k when k is
     * beyond x's digit count (CPython would compute a huge power) */
    size_t digits = mpz_sizeinbase(v, 10);
    int zero = !gp_int_is_small(ndigits) || GP_INT(ndigits)->u.s.v < -(int64_t)digits;
    if (!zero) {
        mpz_ui_pow_ui(p, 10, (unsigned long)-GP_INT(ndigits)->u.s.v);
        mpz_fdiv_qr(q, r, v, p);            /* 0 <= r < p */
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, p);
        if (c > 0 || (c == 0 && mpz_odd_p(q)))
            mpz_add_ui(q, q, 1);
        mpz_mul(v, q, p);
    }
    GpObject *res = gp_int_gmp_leave(st) ? NULL
                                         : zero ? gp_int_from_i64(st, 0) : gp_int_from_mpz(st, v);
    mpz_clears(v, p, q, r, NULL);
    return res;
not_index:
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                  "'%s' object cannot be interpreted as an integer", ndigits->type->name);
    return NULL;
}

static GpObject *m_int_self(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return int_pos(st, self);
}

static GpObject *m_bit_length(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    if (gp_int_is_small(self)) {
        int64_t v = GP_INT(self)->u.s.v;
        uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        return gp_int_from_i64(st, mag ? 64 - __builtin_clzll(mag) : 0);
    }
    return gp_int_from_i64(st, (int64_t)mpz_sizeinbase(&GP_INT(self)->u.z, 2));
}

static GpObject *m_bit_count(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    if (gp_int_is_small(self)) {
        int64_t v = GP_INT(self)->u.s.v;
        uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        return gp_int_from_i64(st, __builtin_popcountll(mag));
    }
    /* |z|'s bits are its limbs' (GMP stores the magnitude) */
    const __mpz_struct *z = &GP_INT(self)->u.z;
    size_t n = (size_t)(z->_mp_size < 0 ? -z->_mp_size : z->_mp_size);
    return gp_int_from_i64(st, (int64_t)mpn_popcount(z->_mp_d, (mp_size_t)n));
}

static GpObject *m_int_ratio(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    GpObject *n = int_pos(st, self);
    if (!n)
        return NULL;
    GpObject *t = gp_tuple_pack(st, 2, n, st->small_ints[1 - GP_SMALLINT_MIN]);
    gp_decref(st, n);
    return t;
}

static GpObject *m_int_getnewargs(GpState *st, GpObject *self, GpObject *const *args,
                                  size_t nargs, GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    GpObject *n = int_pos(st, self);
    if (!n)
        return NULL;
    GpObject *t = gp_tuple_pack(st, 1, n);
    gp_decref(st, n);
    return t;
}

static GpObject *m_int_round(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    (void)kwnames;
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "__round__ expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    /* int.__round__(None) is an error in 3.11 (round(x, None) is not) */
    if (nargs && args[0] == st->none) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "'NoneType' object cannot be interpreted as an integer");
        return NULL;
    }
    return gp_int_round(st, self, nargs ? args[0] : NULL);
}

static GpObject *get_self(GpState *st, GpObject *o)
{
    return int_pos(st, o);
}

static GpObject *get_zero(GpState *st, GpObject *o)
{
    (void)o;
    return gp_int_from_i64(st, 0);
}

static GpObject *get_one(GpState *st, GpObject *o)
{
    (void)o;
    return gp_int_from_i64(st, 1);
}

static const GpGetSetDef int_getset[] = {
    {"real", get_self, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_self, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};

/* ---- to_bytes and from_bytes ------------------------------------------------------- */

/* byteorder: 1 for 'little', 0 for 'big', -1 with an error */
static int byteorder_of(GpState *st, GpObject *o)
{
    if (!o)
        return 0;
    if (o->type != gp_type(st, GP_T_STR)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "to_bytes() argument 'byteorder' must be str, not %s", o->type->name);
        return -1;
    }
    if (gp_str_equal_cstr(o, "little"))
        return 1;
    if (gp_str_equal_cstr(o, "big"))
        return 0;
    gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "byteorder must be either 'little' or 'big'");
    return -1;
}

/* n.to_bytes(length=1, byteorder='big', *, signed=False) */
static GpObject *m_to_bytes(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    GpObject *a[3];
    if (nargs > 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "to_bytes() takes at most 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    if (gp_args_clinic_keywords(st, "to_bytes", names, 3, args, nargs, kwnames, a))
        return NULL;
    int64_t length = 1;
    if (a[0] && (!gp_obj_is_instance_of_type(a[0], gp_type(st, GP_T_INT)) ||
                 gp_int_as_i64(st, a[0], &length))) {
        if (!gp_err_occurred(st))
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "'%s' object cannot be interpreted as an integer", a[0]->type->name);
        return NULL;
    }
    if (length < 0) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "length argument must be non-negative");
        return NULL;
    }
    int little = byteorder_of(st, a[1]);
    int is_signed = a[2] ? gp_obj_truth(st, a[2]) : 0;
    if (little < 0 || is_signed < 0)
        return NULL;
    mpz_t v, mod;
    gp_int_gmp_enter(st);
    mpz_init(v);
    mpz_init(mod);
    gp_int_to_mpz(self, v);
    GpObject *r = NULL;
    if (!is_signed && mpz_sgn(v) < 0) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "can't convert negative int to unsigned");
        goto done;
    }
    /* the value must fit: two's complement for signed */
    size_t bits = mpz_sgn(v) == 0 ? 0 : mpz_sizeinbase(v, 2);
    if (is_signed) {
        mpz_t t;
        mpz_init(t);
        if (mpz_sgn(v) < 0) {
            mpz_add_ui(t, v, 1);
            bits = mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2);
        }
        mpz_clear(t);
        bits += 1;
    }
    if (bits > (size_t)length * 8) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "int too big to convert");
        goto done;
    }
    if (mpz_sgn(v) < 0) {
        mpz_set_ui(mod, 1);
        mpz_mul_2exp(mod, mod, (mp_bitcnt_t)length * 8);
        mpz_add(v, v, mod);
    }
    r = gp_bytes_new(st, (size_t)length);
    if (r) {
        unsigned char *out = (unsigned char *)gp_bytes_data(r);
        memset(out, 0, (size_t)length);
        size_t count = 0;
        size_t n = mpz_sgn(v) == 0 ? 0 : (mpz_sizeinbase(v, 2) + 7) / 8;
        /* big-endian export into the tail, then reverse for little */
        if (n)
            mpz_export(out + (size_t)length - n, &count, 1, 1, 1, 0, v);
        if (little)
            for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
                unsigned char c = out[i];
                out[i] = out[j];
                out[j] = c;
            }
    }
done:
    mpz_clears(v, mod, NULL);
    if (gp_int_gmp_leave(st)) {
        gp_xdecref(st, r);
        return NULL;
    }
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): a function in
 * int's dict that does not bind (CPython's classmethod, for int itself) */
static GpObject *int_from_bytes(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    GpObject *a[3];
    if (nargs > 2) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "from_bytes() takes at most 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    if (gp_args_clinic_keywords(st, "from_bytes", names, 3, args, nargs, kwnames, a))
        return NULL;
    if (!a[0] || a[0]->type != gp_type(st, GP_T_BYTES)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      a[0] ? "cannot convert '%s' object to bytes"
                           : "from_bytes() missing required argument 'bytes' (pos 1)",
                      a[0] ? a[0]->type->name : "");
        return NULL;
    }
    int little = byteorder_of(st, a[1]);
    int is_signed = a[2] ? gp_obj_truth(st, a[2]) : 0;
    if (little < 0 || is_signed < 0)
        return NULL;
    size_t n = gp_bytes_size(a[0]);
    const unsigned char *in = (const unsigned char *)gp_bytes_data(a[0]);
    mpz_t v;
    gp_int_gmp_enter(st);
    mpz_init(v);
    if (n)
        mpz_import(v, n, little ? -1 : 1, 1, 1, 0, in);
    if (is_signed && n && (in[little ? n - 1 : 0] & 0x80)) {
        mpz_t mod;
        mpz_init_set_ui(mod, 1);
        mpz_mul_2exp(mod, mod, (mp_bitcnt_t)n * 8);
        mpz_sub(v, v, mod);
        mpz_clear(mod);
    }
    GpObject *r = gp_int_gmp_leave(st) ? NULL : gp_int_from_mpz(st, v);
    mpz_clear(v);
    return r;
}

static const GpMethodDef from_bytes_def = {"from_bytes", int_from_bytes,
                                           GP_METH_VARARGS | GP_METH_KEYWORDS};

int gp_int_type_ready(GpState *st)
{
    GpObject *f = gp_cfunction_new(st, &from_bytes_def, NULL);
    int rc = !f || gp_dict_set_str(st, gp_type(st, GP_T_INT)->dict, "from_bytes", f);
    gp_xdecref(st, f);
    return rc ? -1 : 0;
}

static const GpMethodDef int_methods[] = {
    {"to_bytes", m_to_bytes, GP_METH_VARARGS | GP_METH_KEYWORDS},
    {"conjugate", m_int_self, GP_METH_NOARGS},
    {"bit_length", m_bit_length, GP_METH_NOARGS},
    {"bit_count", m_bit_count, GP_METH_NOARGS},
    {"as_integer_ratio", m_int_ratio, GP_METH_NOARGS},
    {"__trunc__", m_int_self, GP_METH_NOARGS},
    {"__floor__", m_int_self, GP_METH_NOARGS},
    {"__ceil__", m_int_self, GP_METH_NOARGS},
    {"__round__", m_int_round, GP_METH_VARARGS},
    {"__getnewargs__", m_int_getnewargs, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

const GpType gp_int_template = {
    .name = "int",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpInt),
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .num = &int_num,
    .new_ = int_new,
    .methods = int_methods,
    .getset = int_getset,
};
