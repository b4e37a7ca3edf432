/*
 * float.c - the float type.  Arithmetic follows CPython's floatobject.c:
 * floor division and modulo floor, with the signs of zero CPython gives;
 * comparisons with ints are exact.
 */
#include "obj/float.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/floatrepr.h"
#include "obj/format.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

static GpObject *could_not_convert(GpState *st, GpObject *s);

GpObject *gp_float_from_double(GpState *st, double v)
{
    GpObject *o = gp_obj_alloc_atom(st, gp_type(st, GP_T_FLOAT), sizeof(GpFloat));
    if (o)
        GP_FLOAT(o)->v = v;
    return o;
}

GpObject *gp_float_result(GpState *st, GpObject *a, GpObject *b, double r)
{
    GpType *ft = gp_type(st, GP_T_FLOAT);
    GpObject *t = a->type == ft && gp_refcount(a) == 1   ? a
                  : b->type == ft && gp_refcount(b) == 1 ? b
                                                         : NULL;
    if (!t)
        return gp_float_from_double(st, r);
    /* an immortal's count is never 1, so t is a heap temporary: restamp it
     * as made here, and hand it out again */
    t->rc = ((uint64_t)st->origin << GP_RC_BITS) | 2;
    GP_FLOAT(t)->v = r;
    return t;
}

GpObject *gp_float_from_str(GpState *st, const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        end--;
    /* copy without underscores, each of which must sit between digits */
    size_t n = (size_t)(end - p);
    char small[64];
    char *buf = n < sizeof small ? small : gp_mem_alloc(st->heap, n + 1);
    if (!buf) {
        gp_err_nomemory(st);
        return NULL;
    }
    size_t k = 0;
    int ok = n > 0;
    for (const char *q = p; q < end && ok; q++) {
        if (*q == '_') {
            ok = q > p && q + 1 < end && q[-1] >= '0' && q[-1] <= '9' && q[1] >= '0' &&
                 q[1] <= '9';
            continue;
        }
        buf[k++] = *q;
    }
    buf[k] = '\0';
    double v = 0.0;
    if (ok) {
        /* strtod also takes hex floats and "infinity"/"nan(...)": Python
         * takes inf, infinity and nan (any case, signed) but no hex */
        const char *d = buf + (buf[0] == '+' || buf[0] == '-');
        if ((d[0] == '0' && (d[1] == 'x' || d[1] == 'X')) || strchr(buf, '('))
            ok = 0;
        if (ok) {
            char *e;
            v = strtod(buf, &e);
            ok = e == buf + k && k > 0;
        }
    }
    if (buf != small)
        gp_mem_free(st->heap, buf, n + 1);
    if (ok)
        return gp_float_from_double(st, v);
    GpObject *s = gp_str_from_utf8(st, text, len);
    if (s) {
        could_not_convert(st, s);
        gp_decref(st, s);
    }
    return NULL;
}

/* Both operands as doubles: floats, or ints converted (which may overflow).
 * 1: not numbers we handle (NotImplemented); -1: error; 0: ok. */
static int operands(GpState *st, GpObject *a, GpObject *b, double *x, double *y)
{
    GpObject *ops[2] = {a, b};
    double *out[2] = {x, y};
    for (int i = 0; i < 2; i++) {
        GpObject *o = ops[i];
        if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_FLOAT)))
            *out[i] = GP_FLOAT(o)->v;
        else if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_INT))) {
            if (gp_int_to_double(st, o, out[i]))
                return -1;
        } else
            return 1;
    }
    return 0;
}

#define OPERANDS(st, a, b, x, y)                     \
    double x, y;                                     \
    do {                                             \
        int rc_ = operands(st, a, b, &x, &y);        \
        if (rc_ < 0)                                 \
            return NULL;                             \
        if (rc_ > 0)                                 \
            return gp_incref((st)->not_implemented); \
    } while (0)

static GpObject *zero_division(GpState *st, const char *msg)
{
    gp_err_format(st, gp_type(st, GP_T_ZERO_DIVISION_ERROR), "%s", msg);
    return NULL;
}

static GpObject *float_add(GpState *st, GpObject *a, GpObject *b)
{
    OPERANDS(st, a, b, x, y);
    return gp_float_from_double(st, x + y);
}

static GpObject *float_sub(GpState *st, GpObject *a, GpObject *b)
{
    OPERANDS(st, a, b, x, y);
    return gp_float_from_double(st, x - y);
}

static GpObject *float_mul(GpState *st, GpObject *a, GpObject *b)
{
    OPERANDS(st, a, b, x, y);
    return gp_float_from_double(st, x * y);
}

static GpObject *float_truediv(GpState *st, GpObject *a, GpObject *b)
{
    OPERANDS(st, a, b, x, y);
    if (y == 0.0)
        return zero_division(st, "float division by zero");
    return gp_float_from_double(st, x / y);
}

/* CPython's _float_div_mod */
static void div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static GpObject *float_floordiv(GpState *st, GpObject *a, GpObject *b)
{
    OPERANDS(st, a, b, x, y);
    if (y == 0.0)
        return zero_division(st, "float floor division by zero");
    double q, m;
    div_mod(x, y, &q, &m);
    return gp_float_from_double(st, q);
}

static GpObject *float_mod(GpState *st, GpObject *a, GpObject *b)
{
    OPERANDS(st, a, b, x, y);
    if (y == 0.0)
        return zero_division(st, "float modulo");
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return gp_float_from_double(st, m);
}

static GpObject *float_divmod(GpState *st, GpObject *a, GpObject *b)
{
    OPERANDS(st, a, b, x, y);
    if (y == 0.0)
        return zero_division(st, "float divmod()");
    double q, m;
    div_mod(x, y, &q, &m);
    GpObject *qo = gp_float_from_double(st, q);
    GpObject *mo = qo ? gp_float_from_double(st, m) : NULL;
    GpObject *t = mo ? gp_tuple_pack(st, 2, qo, mo) : NULL;
    gp_xdecref(st, qo);
    gp_xdecref(st, mo);
    return t;
}

static GpObject *float_pow(GpState *st, GpObject *a, GpObject *b, GpObject *m)
{
    if (m != st->none) {
        if (!gp_obj_is_instance_of_type(a, gp_type(st, GP_T_FLOAT)) &&
            !gp_obj_is_instance_of_type(b, gp_type(st, GP_T_FLOAT)))
            return gp_incref(st->not_implemented);
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    OPERANDS(st, a, b, x, y);
    if (x == 0.0 && y < 0.0 && isfinite(y))
        return zero_division(st, "0.0 cannot be raised to a negative power");
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "complex numbers are not supported yet: a negative number to a "
                      "fractional power is complex");
        return NULL;
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                      "(34, 'Numerical result out of range')");
        return NULL;
    }
    return gp_float_from_double(st, r);
}

static GpObject *float_neg(GpState *st, GpObject *a)
{
    return gp_float_from_double(st, -GP_FLOAT(a)->v);
}

static GpObject *float_pos(GpState *st, GpObject *a)
{
    if (a->type == gp_type(st, GP_T_FLOAT))
        return gp_incref(a);
    return gp_float_from_double(st, GP_FLOAT(a)->v);
}

static GpObject *float_abs(GpState *st, GpObject *a)
{
    return gp_float_from_double(st, fabs(GP_FLOAT(a)->v));
}

static int float_bool(GpState *st, GpObject *a)
{
    (void)st;
    return GP_FLOAT(a)->v != 0.0;
}

/* int(v) of a double already integral (or inf, nan) */
static GpObject *double_to_int(GpState *st, double t)
{
    if (isnan(t)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(t)) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                      "cannot convert float infinity to integer");
        return NULL;
    }
    if (fabs(t) < 9.2e18)
        return gp_int_from_i64(st, (int64_t)t);
    mpz_t z;
    gp_int_gmp_enter(st);
    mpz_init_set_d(z, t);
    GpObject *r = gp_int_gmp_leave(st) ? NULL : gp_int_from_mpz(st, z);
    mpz_clear(z);
    return r;
}

/* int(x): truncate toward zero */
static GpObject *float_to_int(GpState *st, GpObject *a)
{
    return double_to_int(st, trunc(GP_FLOAT(a)->v));
}

static GpObject *float_repr(GpState *st, GpObject *o)
{
    char buf[GP_FLOAT_REPR_MAX];
    size_t n = gp_float_repr(GP_FLOAT(o)->v, buf);
    return gp_str_from_utf8(st, buf, n);
}

static int64_t float_hash(GpState *st, GpObject *o)
{
    (void)st;
    return gp_hash_double(GP_FLOAT(o)->v, o);
}

static GpObject *float_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    double x = GP_FLOAT(a)->v;
    if (gp_obj_is_instance_of_type(b, gp_type(st, GP_T_FLOAT))) {
        double y = GP_FLOAT(b)->v;
        if (isnan(x) || isnan(y))
            return gp_incref(op == GP_NE ? st->true_ : st->false_);
        return gp_obj_compare_result(st, x < y ? -1 : x > y, op);
    }
    if (gp_obj_is_instance_of_type(b, gp_type(st, GP_T_INT))) {
        int c = gp_int_compare_double(st, b, x);   /* int vs float: reversed */
        if (c == 2)
            return gp_incref(op == GP_NE ? st->true_ : st->false_);
        return gp_obj_compare_result(st, -c, op);
    }
    return gp_incref(st->not_implemented);
}

static void float_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(GpFloat));
}

static const GpNumberSlots float_num = {
    .add = float_add, .sub = float_sub, .mul = float_mul, .truediv = float_truediv,
    .floordiv = float_floordiv, .mod = float_mod, .divmod = float_divmod, .pow = float_pow,
    .neg = float_neg, .pos = float_pos, .abs = float_abs, .to_int = float_to_int,
    .to_float = float_pos, .bool_ = float_bool,
};

/* ---- Python-visible methods, the constructor, round() ----------------------------
 *
 * float() and the methods of CPython 3.11's float with its messages
 * (fromhex, a class method, is set up by gp_float_type_ready below).  Not
 * here: __getformat__ (a class method), __format__ (the format dispatch).
 * The attributes real and imag are getsets, as CPython's. */

static GpObject *could_not_convert(GpState *st, GpObject *s)
{
    GpObject *r = gp_obj_repr(st, s);
    if (!r)
        return NULL;
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, "could not convert string to float: ");
    gp_strbuf_add_str(&b, r);
    gp_decref(st, r);
    GpObject *msg = gp_strbuf_finish(&b);
    if (msg) {
        gp_err_set(st, gp_type(st, GP_T_VALUE_ERROR), msg);
        gp_decref(st, msg);
    }
    return NULL;
}

/* float(s) of a str: Unicode digits and spaces count as their ASCII
 * forms (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII); messages
 * quote s itself. */
static GpObject *float_from_ustr(GpState *st, GpObject *s)
{
    size_t n = GP_STR(s)->length;
    if (GP_STR(s)->ascii)
        return gp_float_from_str(st, gp_str_data(s), n);
    char *buf = gp_mem_alloc(st->heap, n + 1);
    if (!buf) {
        gp_err_nomemory(st);
        return NULL;
    }
    GpObject *r = NULL;
    size_t k = gp_ucs_to_ascii_digits(GP_STR(s)->kind, gp_str_data(s), n, buf);
    if (k == n) {
        r = gp_float_from_str(st, buf, n);
        if (!r && gp_err_matches(st, gp_type(st, GP_T_VALUE_ERROR)))
            gp_err_clear(st);
    }
    gp_mem_free(st->heap, buf, n + 1);
    if (!r && !gp_err_occurred(st))
        could_not_convert(st, s);
    return r;
}

/* float() as CPython 3.11's float_new: float(x=0.0, /) */
static GpObject *float_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    (void)type;
    GpType *type_error = gp_type(st, GP_T_TYPE_ERROR);
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, type_error, "float() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        gp_err_format(st, type_error, "float expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 0)
        return gp_float_from_double(st, 0.0);
    GpObject *x = args[0];
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_STR)))
        return float_from_ustr(st, x);
    if (x->type->num && x->type->num->to_float)
        return x->type->num->to_float(st, x);
    gp_err_format(st, type_error, "float() argument must be a string or a real number, not '%s'",
                  x->type->name);
    return NULL;
}

GpObject *gp_float_floor(GpState *st, GpObject *x)
{
    return double_to_int(st, floor(GP_FLOAT(x)->v));
}

GpObject *gp_float_ceil(GpState *st, GpObject *x)
{
    return double_to_int(st, ceil(GP_FLOAT(x)->v));
}

/* round(x, n) for finite x and n in [-308, 323], as CPython's double_round:
 * x's exact decimal value rounded half-even at the 10**-n place, then
 * read back correctly rounded.  Exact in GMP: x = mant * 2**exp, so
 *   q = round(mant * 2**exp * 10**n)  and the result is  q / 10**n. */
static GpObject *double_round(GpState *st, double x, int n)
{
    int e;
    double m = frexp(fabs(x), &e);
    uint64_t mant = (uint64_t)ldexp(m, 53);
    long exp = (long)e - 53;
    mpz_t a, b, q, r;
    gp_int_gmp_enter(st);
    mpz_inits(a, b, q, r, NULL);
    mpz_set_ui(a, mant);
    mpz_set_ui(b, 1);
    if (exp >= 0)
        mpz_mul_2exp(a, a, (mp_bitcnt_t)exp);
    else
        mpz_mul_2exp(b, b, (mp_bitcnt_t)-exp);
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n < 0 ? -n : n));
    if (n >= 0)
        mpz_mul(a, a, p);
    else
        mpz_mul(b, b, p);
    mpz_fdiv_qr(q, r, a, b);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, b);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    GpObject *res = NULL;
    double d = 0.0;
    int rc = 0;
    GpFormatError ferr;
    if (n < 0) {
        mpz_mul(q, q, p);
        rc = gp_format_mpz_to_double(q, &d, &ferr);
    }
    GpObject *qo = NULL, *po = NULL;
    if (gp_int_gmp_leave(st) == 0) {
        if (n < 0) {
            if (rc)
                gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                              "rounded value too large to represent");
            else
                res = gp_float_from_double(st, copysign(d, x));
        } else if (mpz_sgn(q) == 0) {
            res = gp_float_from_double(st, copysign(0.0, x));
        } else if ((qo = gp_int_from_mpz(st, q)) && (po = gp_int_from_mpz(st, p))) {
            /* the quotient correctly rounded: int true division */
            res = gp_num_binary(st, qo, po, GP_NB_TRUEDIV);
            if (res && x < 0) {
                GP_FLOAT(res)->v = -GP_FLOAT(res)->v;   /* a new float, ours alone */
            }
        }
    }
    gp_xdecref(st, qo);
    gp_xdecref(st, po);
    mpz_clears(a, b, q, r, p, NULL);
    return res;
}

/* round(x, ndigits) for a float x, as CPython's float.__round__ */
static GpObject *float_round(GpState *st, GpObject *x, GpObject *ndigits)
{
    double v = GP_FLOAT(x)->v;
    if (!ndigits || ndigits == st->none) {
        double r = round(v);
        if (fabs(v - r) == 0.5)
            r = 2.0 * round(v / 2.0);
        return double_to_int(st, r);
    }
    if (!gp_obj_is_instance_of_type(ndigits, gp_type(st, GP_T_INT))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "'%s' object cannot be interpreted as an integer", ndigits->type->name);
        return NULL;
    }
    /* CPython clamps ndigits to a machine word; beyond +-400 all agree */
    int64_t n;
    if (gp_int_is_small(ndigits))
        n = GP_INT(ndigits)->u.s.v;
    else
        n = mpz_sgn(&GP_INT(ndigits)->u.z) < 0 ? -1000 : 1000;
    if (!isfinite(v) || n > 323)        /* NDIGITS_MAX */
        return gp_float_from_double(st, v);
    if (n < -308)                       /* NDIGITS_MIN */
        return gp_float_from_double(st, 0.0 * v);
    if (v == 0.0)
        return gp_float_from_double(st, v);
    return double_round(st, v, (int)n);
}

GpObject *gp_num_round(GpState *st, GpObject *x, GpObject *ndigits)
{
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_FLOAT)))
        return float_round(st, x, ndigits);
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_INT)))
        return gp_int_round(st, x, ndigits);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "type %s doesn't define __round__ method",
                  x->type->name);
    return NULL;
}

static GpObject *m_float_self(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return float_pos(st, self);
}

static GpObject *m_is_integer(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    double v = GP_FLOAT(self)->v;
    return gp_incref(isfinite(v) && floor(v) == v ? st->true_ : st->false_);
}

/* CPython's float_as_integer_ratio: exact, in lowest terms */
static GpObject *m_float_ratio(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    double v = GP_FLOAT(self)->v;
    if (isinf(v)) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                      "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    gp_int_gmp_enter(st);
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    GpObject *t = NULL, *no = NULL, *d = NULL;
    if (gp_int_gmp_leave(st) == 0 && (no = gp_int_from_mpz(st, num)) &&
        (d = gp_int_from_mpz(st, den)))
        t = gp_tuple_pack(st, 2, no, d);
    gp_xdecref(st, no);
    gp_xdecref(st, d);
    mpz_clears(num, den, NULL);
    return t;
}

/* CPython's float_hex: '0x1.8000000000000p+1', 13 hex digits always */
static GpObject *m_hex(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                       GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    double x = GP_FLOAT(self)->v;
    if (!isfinite(x))
        return float_repr(st, self);
    if (x == 0.0)
        return gp_str_from_cstr(st, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    static const char hexdig[] = "0123456789abcdef";
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[32];
    int si = 0;
    s[si++] = hexdig[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexdig[(int)m];
        m -= (int)m;
    }
    s[si] = '\0';
    return gp_str_format(st, "%s0x%sp%c%d", x < 0.0 ? "-" : "", s, e < 0 ? '-' : '+',
                         e < 0 ? -e : e);
}

/* ---- float.fromhex ---------------------------------------------------------------
 * The text is [ws] [sign] ( inf | infinity | nan | [0x] digits [. digits] [p exp] ) [ws]
 * with hex digits, case-insensitive.  The value D * 2^e (D the integer of all
 * the digits, e = exp - 4 * fraction digits) is rounded once, half to even,
 * to the 53 bits (fewer when subnormal) a double keeps. */

static int hex_digit(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

static int ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int match_word(const char *s, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - s) < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != w[i])
            return 0;
    return 1;
}

/* bit k (0 = least significant) of the integer whose hex digits are
 * dig[0..n), most significant first */
static int digit_bit(const char *dig, size_t n, uint64_t k)
{
    if (k / 4 >= n)
        return 0;
    return (hex_digit(dig[n - 1 - k / 4]) >> (k % 4)) & 1;
}

/* 0 and *out, or 1: overflow, or -1: not a hex float.  dig[0..n) are the
 * digits without '.', fdigits of them after it. */
static int hex_value(const char *dig, size_t n, size_t fdigits, int64_t exp, double *out)
{
    /* leading zeros change nothing: D is the same without them */
    while (n > 0 && *dig == '0')
        dig++, n--;
    *out = 0.0;
    if (n == 0)
        return 0;
    int64_t e = exp - 4 * (int64_t)fdigits;
    int lead = hex_digit(dig[0]), lead_bits = 0;
    while (lead >> lead_bits)
        lead_bits++;
    uint64_t bits = 4 * (uint64_t)(n - 1) + (uint64_t)lead_bits;
    int64_t top = e + (int64_t)bits;               /* value < 2^top */
    if (top > DBL_MAX_EXP)
        return 1;
    if (top < DBL_MIN_EXP - DBL_MANT_DIG)           /* below half the least subnormal */
        return 0;
    int64_t lsb = (top > DBL_MIN_EXP ? top : DBL_MIN_EXP) - DBL_MANT_DIG;
    uint64_t drop = e >= lsb ? 0 : (uint64_t)(lsb - e), q = 0;
    for (uint64_t k = bits; k-- > drop;)
        q = q << 1 | (uint64_t)digit_bit(dig, n, k);
    if (drop && digit_bit(dig, n, drop - 1)) {      /* at least half an ulp */
        int sticky = q & 1;
        for (uint64_t k = 0; !sticky && k + 1 < drop; k++)
            sticky = digit_bit(dig, n, k);
        q += (uint64_t)sticky;
    }
    double x = ldexp((double)q, (int)(drop ? lsb : e));
    if (isinf(x))
        return 1;
    *out = x;
    return 0;
}

static GpObject *float_fromhex(GpState *st, GpObject *self, GpObject *const *args,
                               size_t nargs, GpObject *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs != 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "float.fromhex() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!gp_obj_is_instance_of_type(args[0], gp_type(st, GP_T_STR))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "bad argument type for built-in operation");
        return NULL;
    }
    size_t len;
    const char *text = gp_str_utf8(args[0], NULL, 0, &len);
    if (!text)                      /* not ASCII: nothing in it can be a hex float */
        goto invalid;
    const char *s = text, *end = text + len;
    double x = 0.0;
    int neg = 0, rc = 0;
    while (s < end && ascii_space(*s))
        s++;
    if (s < end && (*s == '-' || *s == '+'))
        neg = *s++ == '-';
    if (match_word(s, end, "inf")) {
        s += match_word(s, end, "infinity") ? 8 : 3;
        x = INFINITY;
    } else if (match_word(s, end, "nan")) {
        s += 3;
        x = NAN;
    } else {
        if (end - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
            s += 2;
        /* the digits, without the point, in a heap copy */
        size_t cap = (size_t)(end - s) + 1, n = 0, fdigits = 0;
        char *dig = gp_mem_alloc(st->heap, cap);
        if (!dig) {
            gp_err_nomemory(st);
            return NULL;
        }
        while (s < end && hex_digit(*s) >= 0)
            dig[n++] = *s++;
        if (s < end && *s == '.')
            for (s++; s < end && hex_digit(*s) >= 0; fdigits++)
                dig[n++] = *s++;
        int64_t exp = 0;
        rc = n == 0 ? -1 : 0;
        if (rc == 0 && s < end && (*s | 0x20) == 'p') {
            int eneg = 0;
            if (++s < end && (*s == '-' || *s == '+'))
                eneg = *s++ == '-';
            if (s >= end || *s < '0' || *s > '9')
                rc = -1;
            for (; s < end && *s >= '0' && *s <= '9'; s++)
                if (exp < ((int64_t)1 << 50))     /* beyond: saturated, decides alone */
                    exp = exp * 10 + (*s - '0');
            exp = eneg ? -exp : exp;
        }
        if (rc == 0)
            rc = hex_value(dig, n, fdigits, exp, &x);
        gp_mem_free(st->heap, dig, cap);
    }
    while (s < end && ascii_space(*s))
        s++;
    if (rc < 0 || s != end)
        goto invalid;
    if (rc > 0) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                      "hexadecimal value too large to represent as a float");
        return NULL;
    }
    return gp_float_from_double(st, neg ? -x : x);
invalid:
    gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "invalid hexadecimal floating-point string");
    return NULL;
}

static const GpMethodDef fromhex_def = {"fromhex", float_fromhex, GP_METH_VARARGS};

int gp_float_type_ready(GpState *st)
{
    GpType *t = gp_type(st, GP_T_FLOAT);
    GpObject *f = gp_cfunction_new(st, &fromhex_def, GP_OBJ(t));
    int rc = !f || gp_dict_set_str(st, t->dict, "fromhex", f);
    gp_xdecref(st, f);
    return rc ? -1 : 0;
}

static GpObject *m_float_trunc(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return float_to_int(st, self);
}

static GpObject *m_float_floor(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_float_floor(st, self);
}

static GpObject *m_float_ceil(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return gp_float_ceil(st, self);
}

static GpObject *m_float_round(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    (void)kwnames;
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "__round__ expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    return float_round(st, self, nargs ? args[0] : NULL);
}

static GpObject *m_float_getnewargs(GpState *st, GpObject *self, GpObject *const *args,
                                    size_t nargs, GpObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    GpObject *f = float_pos(st, self);
    if (!f)
        return NULL;
    GpObject *t = gp_tuple_pack(st, 1, f);
    gp_decref(st, f);
    return t;
}

static GpObject *get_real(GpState *st, GpObject *o)
{
    return float_pos(st, o);
}

static GpObject *get_imag(GpState *st, GpObject *o)
{
    (void)o;
    return gp_float_from_double(st, 0.0);
}

static const GpGetSetDef float_getset[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef float_methods[] = {
    {"conjugate", m_float_self, GP_METH_NOARGS},
    {"__trunc__", m_float_trunc, GP_METH_NOARGS},
    {"__floor__", m_float_floor, GP_METH_NOARGS},
    {"__ceil__", m_float_ceil, GP_METH_NOARGS},
    {"__round__", m_float_round, GP_METH_VARARGS},
    {"as_integer_ratio", m_float_ratio, GP_METH_NOARGS},
    {"hex", m_hex, GP_METH_NOARGS},
    {"is_integer", m_is_integer, GP_METH_NOARGS},
    {"__getnewargs__", m_float_getnewargs, GP_METH_NOARGS},
    {NULL, NULL, 0},
};

const GpType gp_float_template = {
    .name = "float",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpFloat),
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .num = &float_num,
    .new_ = float_new,
    .methods = float_methods,
    .getset = float_getset,
};
