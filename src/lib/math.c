/*
 * math.c - the math module, as CPython 3.11's.
 *
 * The oracle is CPython: same results bit for bit, same exceptions and
 * messages.  That decides how each function is computed:
 *
 *   - most functions are the C library's (sin, exp, atanh, ...), wrapped
 *     as CPython wraps them (math_1 / math_2 below): a nan from a non-nan
 *     argument is ValueError "math domain error", an infinity from finite
 *     arguments OverflowError "math range error" (or ValueError at a
 *     singularity), errno settles the rest;
 *   - where CPython does not trust or does not use libm, we follow its
 *     algorithm step for step so the roundings are the same: gamma and
 *     lgamma (Lanczos, N=13, g=6.0246...), atan2's and pow's special
 *     values, remainder, log of huge ints, ulp;
 *   - hypot and dist use CPython's vector norm (power-of-two scaling,
 *     Veltkamp-Dekker squaring, compensated sums, one correction step of
 *     the square root), fsum Shewchuk's exact partials with CPython's
 *     half-even fix-up, so the results are the same correctly rounded
 *     values and not libm's hypot;
 *   - the integer functions (factorial, comb, perm, gcd, lcm, isqrt) are
 *     exact, with GMP; their allocations go to the heap area through
 *     gp_int_gmp_enter/leave as int.c's do.
 *
 * Argument errors: CPython names module functions "math.sqrt()" in its
 * count and keyword messages, and the method machinery (method.c) names
 * them without the module, so every function here takes VARARGS|KEYWORDS
 * and checks its own arguments with CPython's wording.
 */
#include "lib/modules.h"

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <gmp.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

#define ARGS GpState *st, GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames

static const double PI = 3.141592653589793238462643383279502884197;
static const double LOGPI = 1.144729885849400174143427351353058711647;

/* ---- errors and arguments ----------------------------------------------------- */

static GpType *exc(GpState *st, int t)
{
    return gp_type(st, t);
}

static void domain_error(GpState *st)
{
    gp_err_format(st, exc(st, GP_T_VALUE_ERROR), "math domain error");
}

static void range_error(GpState *st)
{
    gp_err_format(st, exc(st, GP_T_OVERFLOW_ERROR), "math range error");
}

static int has_keywords(GpObject *kwnames)
{
    return kwnames && gp_tuple_size(kwnames) > 0;
}

static int no_keywords(GpState *st, const char *name, GpObject *kwnames)
{
    if (!has_keywords(kwnames))
        return 0;
    gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "math.%s() takes no keyword arguments", name);
    return -1;
}

/* f(x): "math.sqrt() takes exactly one argument (2 given)" */
static int one_arg(GpState *st, const char *name, size_t nargs, GpObject *kwnames)
{
    if (no_keywords(st, name, kwnames))
        return -1;
    if (nargs == 1)
        return 0;
    gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "math.%s() takes exactly one argument (%zu given)",
                  name, nargs);
    return -1;
}

/* f(x, y) and the like: "atan2 expected 2 arguments, got 1" */
static int positional(GpState *st, const char *name, size_t nargs, GpObject *kwnames, size_t min,
                      size_t max)
{
    if (no_keywords(st, name, kwnames))
        return -1;
    if (nargs >= min && nargs <= max)
        return 0;
    size_t want = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "%s expected %s%zu argument%s, got %zu", name, how,
                  want, want == 1 ? "" : "s", nargs);
    return -1;
}

/* PyFloat_AsDouble: a float, an int (correctly rounded; OverflowError
 * "int too large to convert to float"), or anything with __float__ or
 * __index__; TypeError "must be real number, not str" otherwise. */
static int as_double(GpState *st, GpObject *o, double *out)
{
    GpType *ft = gp_type(st, GP_T_FLOAT);
    if (gp_obj_is_instance_of_type(o, ft)) {
        *out = GP_FLOAT(o)->v;
        return 0;
    }
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_INT)))
        return gp_int_to_double(st, o, out);
    const GpNumberSlots *num = o->type->num;
    if (num && num->to_float) {
        GpObject *f = num->to_float(st, o);
        if (!f)
            return -1;
        if (!gp_obj_is_instance_of_type(f, ft)) {
            gp_err_format(st, exc(st, GP_T_TYPE_ERROR),
                          "%s.__float__ returned non-float (type %s)", o->type->name,
                          f->type->name);
            gp_decref(st, f);
            return -1;
        }
        *out = GP_FLOAT(f)->v;
        gp_decref(st, f);
        return 0;
    }
    if (num && num->index) {
        GpObject *i = num->index(st, o);
        if (!i)
            return -1;
        int rc = gp_int_to_double(st, i, out);
        gp_decref(st, i);
        return rc;
    }
    gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "must be real number, not %s", o->type->name);
    return -1;
}

/* operator.index(o): a plain int (new reference) */
static GpObject *as_index(GpState *st, GpObject *o)
{
    if (o->type->num && o->type->num->index)
        return o->type->num->index(st, o);
    gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "'%s' object cannot be interpreted as an integer",
                  o->type->name);
    return NULL;
}

static int int_sign(const GpObject *o)
{
    if (gp_int_is_small(o))
        return GP_INT(o)->u.s.v < 0 ? -1 : GP_INT(o)->u.s.v > 0;
    return mpz_sgn(&GP_INT(o)->u.z);
}

/* A nonnegative int that fits in int64: 0, else 1 (too big). */
static int fits_i64(const GpObject *o, int64_t *out)
{
    if (gp_int_is_small(o)) {
        *out = GP_INT(o)->u.s.v;
        return 0;
    }
    return 1;       /* the form is canonical: a big int never fits */
}

/* TypeError "'foo' is an invalid keyword argument for prod()" */
static void invalid_keyword(GpState *st, GpObject *key, const char *func)
{
    char buf[128];
    size_t len;
    const char *u = gp_str_utf8(key, buf, sizeof buf, &len);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%.*s' is an invalid keyword argument for %s()",
                  (int)(u ? len : 1), u ? u : "?", func);
}

/* Call type(o).name(o) if the type has that special method: the result,
 * or NULL with *found telling whether it was looked up at all. */
static GpObject *call_special(GpState *st, GpObject *o, const char *name, int *found)
{
    *found = 0;
    GpObject *key = gp_str_from_cstr(st, name);
    if (!key) {
        *found = 1;
        return NULL;
    }
    GpObject *m = gp_type_lookup(st, o->type, key);
    gp_decref(st, key);
    if (!m) {
        *found = gp_err_occurred(st);
        return NULL;
    }
    *found = 1;
    gp_incref(m);
    GpObject *r = gp_obj_call(st, m, &o, 1, NULL);
    gp_decref(st, m);
    return r;
}

/* ---- wrapping libm -------------------------------------------------------------- */

/* After a libm call that set errno: raise and return 1, or 0 to ignore
 * (ERANGE on underflow: a result below 1.5 in magnitude). */
static int is_error(GpState *st, double r)
{
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return 0;
        range_error(st);
        return 1;
    }
    domain_error(st);
    return 1;
}

static GpObject *math_1(GpState *st, GpObject *arg, double (*f)(double), int can_overflow)
{
    double x, r;
    if (as_double(st, arg, &x))
        return NULL;
    errno = 0;
    r = f(x);
    if (isnan(r) && !isnan(x)) {
        domain_error(st);
        return NULL;
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            range_error(st);
        else
            domain_error(st);
        return NULL;
    }
    if (isfinite(r) && errno && is_error(st, r))
        return NULL;
    return gp_float_from_double(st, r);
}

/* for functions that set errno themselves (EDOM, ERANGE) */
static GpObject *math_1a(GpState *st, GpObject *arg, double (*f)(double))
{
    double x, r;
    if (as_double(st, arg, &x))
        return NULL;
    errno = 0;
    r = f(x);
    if (errno && is_error(st, r))
        return NULL;
    return gp_float_from_double(st, r);
}

static GpObject *math_2(GpState *st, GpObject *const *args, size_t nargs, GpObject *kwnames,
                        double (*f)(double, double), const char *name)
{
    double x, y, r;
    if (positional(st, name, nargs, kwnames, 2, 2) || as_double(st, args[0], &x) ||
        as_double(st, args[1], &y))
        return NULL;
    errno = 0;
    r = f(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(st, r))
        return NULL;
    return gp_float_from_double(st, r);
}

/* ---- functions CPython computes itself ------------------------------------------ */

/* sin(pi*x), exact at the integers; x finite */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0:
        r = sin(PI * y);
        break;
    case 1:
        r = cos(PI * (y - 0.5));
        break;
    case 2:
        r = sin(PI * (1.0 - y));    /* not -sin(pi*(y-1)): that is -0.0 at y == 1 */
        break;
    case 3:
        r = -cos(PI * (y - 1.5));
        break;
    default:
        r = sin(PI * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

/* The Lanczos approximation (Boost's parameters, N = 13, g as below),
 * written as a rational function: numerator and denominator coefficients,
 * the denominator being x (x+1) ... (x+11). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* gamma(1) .. gamma(23): exact */
static const double gamma_integral[] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

/* L_g(x) for x > 0: Horner in x below 5, in 1/x above (no overflow) */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* Gamma: Lanczos for x > 0, reflection for x < 0.  The rounding error e
 * of y = |x| + g - 0.5 is put back as a factor (1 + e*g/y), applied as
 * r + r*z for accuracy. */
static double tgamma_lanczos(double x)
{
    double absx, r, y, z, q, sqrtpow;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= (double)(sizeof gamma_integral / sizeof gamma_integral[0]))
            return gamma_integral[(int)x - 1];
    }
    absx = fabs(x);
    if (absx < 1e-20) {         /* gamma(x) ~ 1/x near 0 */
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {         /* overflows above, underflows to +-0 below */
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* log|gamma(x)|: Lanczos again, reflection for x < 0 */
static double lgamma_lanczos(double x)
{
    double r, absx;
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = LOGPI - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double atan2_special(double y, double x)
{
    if (isnan(x) || isnan(y))
        return NAN;
    if (isinf(y)) {
        if (isinf(x))
            return copysign(copysign(1.0, x) == 1.0 ? 0.25 * PI : 0.75 * PI, y);
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.0)
        return copysign(copysign(1.0, x) == 1.0 ? 0.0 : PI, y);
    return atan2(y, x);
}

/* IEEE remainder, exact: x - n*y with n the nearest integer to x/y, even
 * on ties.  Compares m with absy - m rather than with 0.5*absy, which
 * might not be representable. */
static double remainder_ieee(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0)
            return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy), c = absy - m, r;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else        /* a tie: m if the quotient is even, -m if odd */
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    if (isinf(x))
        return NAN;
    return x;
}

static double log_special(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double log2_special(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log2(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double log10_special(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

/* log1p keeping the sign of a zero */
static double log1p_signed(double x)
{
    return x == 0.0 ? x : log1p(x);
}

/* The log of an int too large for a double: value ~= m * 2**e with m in
 * [0.5, 1) rounded half-even to 53 bits (CPython's _PyLong_Frexp). */
static double int_frexp(GpState *st, GpObject *o, long *e)
{
    mpz_t q;
    const __mpz_struct *z = &GP_INT(o)->u.z;
    size_t n = mpz_sizeinbase(z, 2);
    gp_int_gmp_enter(st);
    mpz_init(q);
    mpz_tdiv_q_2exp(q, z, n - 54);
    int sticky = mpz_scan1(z, 0) < n - 54;
    uint64_t top = mpz_get_ui(q);       /* 54 bits */
    mpz_clear(q);
    if (gp_int_gmp_leave(st))
        return -1.0;
    int guard = (int)(top & 1);
    top >>= 1;
    if (guard && (sticky || (top & 1)))
        top++;
    if (top == (uint64_t)1 << 53) {
        top >>= 1;
        n++;
    }
    *e = (long)n;
    return ldexp((double)top, -53);
}

/* log, log2, log10 of anything: ints of any size ourselves, the rest
 * through math_1 */
static GpObject *log_helper(GpState *st, GpObject *arg, double (*f)(double))
{
    if (!gp_obj_is_instance_of_type(arg, gp_type(st, GP_T_INT)))
        return math_1(st, arg, f, 0);
    if (int_sign(arg) <= 0) {
        domain_error(st);
        return NULL;
    }
    double x;
    if (gp_int_to_double(st, arg, &x) == 0)
        return gp_float_from_double(st, f(x));
    if (!gp_err_matches(st, gp_type(st, GP_T_OVERFLOW_ERROR)))
        return NULL;
    gp_err_clear(st);
    long e = 0;
    x = int_frexp(st, arg, &e);
    if (x == -1.0 && gp_err_occurred(st))
        return NULL;
    return gp_float_from_double(st, f(x) + f(2.0) * (double)e);
}

/* sqrt(sum(v[i]**2)), almost always correctly rounded (CPython's
 * vector_norm): v holds n magnitudes, max the largest (inf if there is
 * one), found_nan whether one is a nan. */
static double vector_norm(size_t n, const double *vec, double max, int found_nan)
{
    const double T27 = 134217729.0;     /* 2**27 + 1: splits a double in halves */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e >= -1023) {
        /* scale into [0.5, 1); csum starts at 1.0 so it always dominates
         * the terms (Neumaier without a branch), subtracted at the end */
        scale = ldexp(1.0, -max_e);
        for (size_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        /* one Newton step: subtract h*h exactly, correct by x / 2h */
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    /* subnormal max: 2**-max_e would overflow, divide by max instead */
    for (size_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

/* ---- one-argument functions ----------------------------------------------------- */

#define MATH_FUNC1(name, f, can_overflow)                                      \
    static GpObject *m_##name(ARGS)                                             \
    {                                                                           \
        (void)self;                                                             \
        if (one_arg(st, #name, nargs, kwnames))                                 \
            return NULL;                                                        \
        return math_1(st, args[0], f, can_overflow);                            \
    }
#define MATH_FUNC1A(name, f)                                                   \
    static GpObject *m_##name(ARGS)                                             \
    {                                                                           \
        (void)self;                                                             \
        if (one_arg(st, #name, nargs, kwnames))                                 \
            return NULL;                                                        \
        return math_1a(st, args[0], f);                                         \
    }
#define MATH_FUNC2(name, f)                                                    \
    static GpObject *m_##name(ARGS)                                             \
    {                                                                           \
        (void)self;                                                             \
        return math_2(st, args, nargs, kwnames, f, #name);                      \
    }

MATH_FUNC1(acos, acos, 0)
MATH_FUNC1(acosh, acosh, 0)
MATH_FUNC1(asin, asin, 0)
MATH_FUNC1(asinh, asinh, 0)
MATH_FUNC1(atan, atan, 0)
MATH_FUNC1(atanh, atanh, 0)
MATH_FUNC1(cbrt, cbrt, 0)
MATH_FUNC1(cos, cos, 0)
MATH_FUNC1(cosh, cosh, 1)
MATH_FUNC1A(erf, erf)
MATH_FUNC1A(erfc, erfc)
MATH_FUNC1(exp, exp, 1)
MATH_FUNC1(exp2, exp2, 1)
MATH_FUNC1(expm1, expm1, 1)
MATH_FUNC1(fabs, fabs, 0)
MATH_FUNC1A(gamma, tgamma_lanczos)
MATH_FUNC1A(lgamma, lgamma_lanczos)
MATH_FUNC1(log1p, log1p_signed, 0)
MATH_FUNC1(sin, sin, 0)
MATH_FUNC1(sinh, sinh, 1)
MATH_FUNC1(sqrt, sqrt, 0)
MATH_FUNC1(tan, tan, 0)
MATH_FUNC1(tanh, tanh, 0)
MATH_FUNC2(atan2, atan2_special)
MATH_FUNC2(copysign, copysign)
MATH_FUNC2(remainder, remainder_ieee)

/* floor and ceil: an int's own value, a float's through the float type;
 * otherwise __floor__ / __ceil__ if the type has it, else via a double */
static GpObject *round_to_int(GpState *st, GpObject *x, const char *special,
                              GpObject *(*of_float)(GpState *, GpObject *))
{
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_FLOAT)))
        return of_float(st, x);
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_INT)))
        return as_index(st, x);
    int found;
    GpObject *r = call_special(st, x, special, &found);
    if (found)
        return r;
    double d;
    if (as_double(st, x, &d))
        return NULL;
    GpObject *f = gp_float_from_double(st, d);
    if (!f)
        return NULL;
    r = of_float(st, f);
    gp_decref(st, f);
    return r;
}

static GpObject *m_floor(ARGS)
{
    (void)self;
    if (one_arg(st, "floor", nargs, kwnames))
        return NULL;
    return round_to_int(st, args[0], "__floor__", gp_float_floor);
}

static GpObject *m_ceil(ARGS)
{
    (void)self;
    if (one_arg(st, "ceil", nargs, kwnames))
        return NULL;
    return round_to_int(st, args[0], "__ceil__", gp_float_ceil);
}

static GpObject *m_trunc(ARGS)
{
    (void)self;
    if (one_arg(st, "trunc", nargs, kwnames))
        return NULL;
    GpObject *x = args[0];
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_FLOAT)))
        return x->type->num->to_int(st, x);
    if (gp_obj_is_instance_of_type(x, gp_type(st, GP_T_INT)))
        return as_index(st, x);
    int found;
    GpObject *r = call_special(st, x, "__trunc__", &found);
    if (!found)
        gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "type %s doesn't define __trunc__ method",
                      x->type->name);
    return r;
}

static GpObject *m_degrees(ARGS)
{
    (void)self;
    double x;
    if (one_arg(st, "degrees", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    return gp_float_from_double(st, x * (180.0 / PI));
}

static GpObject *m_radians(ARGS)
{
    (void)self;
    double x;
    if (one_arg(st, "radians", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    return gp_float_from_double(st, x * (PI / 180.0));
}

static GpObject *bool_of(GpState *st, int v)
{
    return gp_incref(v ? st->true_ : st->false_);
}

static GpObject *m_isfinite(ARGS)
{
    (void)self;
    double x;
    if (one_arg(st, "isfinite", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    return bool_of(st, isfinite(x));
}

static GpObject *m_isinf(ARGS)
{
    (void)self;
    double x;
    if (one_arg(st, "isinf", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    return bool_of(st, isinf(x));
}

static GpObject *m_isnan(ARGS)
{
    (void)self;
    double x;
    if (one_arg(st, "isnan", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    return bool_of(st, isnan(x));
}

/* a tuple of two new objects (both released) */
static GpObject *pair(GpState *st, GpObject *a, GpObject *b)
{
    GpObject *t = a && b ? gp_tuple_pack(st, 2, a, b) : NULL;
    gp_xdecref(st, a);
    gp_xdecref(st, b);
    return t;
}

static GpObject *m_frexp(ARGS)
{
    (void)self;
    double x;
    int e = 0;
    if (one_arg(st, "frexp", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return pair(st, gp_float_from_double(st, x), gp_int_from_i64(st, e));
}

static GpObject *m_modf(ARGS)
{
    (void)self;
    double x, ip;
    if (one_arg(st, "modf", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    if (isinf(x))
        return pair(st, gp_float_from_double(st, copysign(0.0, x)), gp_float_from_double(st, x));
    if (isnan(x))
        return pair(st, gp_float_from_double(st, x), gp_float_from_double(st, x));
    x = modf(x, &ip);
    return pair(st, gp_float_from_double(st, x), gp_float_from_double(st, ip));
}

static GpObject *m_ulp(ARGS)
{
    (void)self;
    double x;
    if (one_arg(st, "ulp", nargs, kwnames) || as_double(st, args[0], &x))
        return NULL;
    if (!isnan(x)) {
        x = fabs(x);
        if (!isinf(x)) {
            double up = nextafter(x, INFINITY);
            x = isinf(up) ? x - nextafter(x, -INFINITY) : up - x;
        }
    }
    return gp_float_from_double(st, x);
}

/* ---- logarithms ------------------------------------------------------------------ */

static GpObject *m_log(ARGS)
{
    (void)self;
    if (has_keywords(kwnames)) {
        gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "log() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "math.log requires 1 to 2 arguments");
        return NULL;
    }
    GpObject *num = log_helper(st, args[0], log_special);
    if (!num || nargs == 1)
        return num;
    GpObject *den = log_helper(st, args[1], log_special);
    if (!den) {
        gp_decref(st, num);
        return NULL;
    }
    GpObject *r = gp_num_binary(st, num, den, GP_NB_TRUEDIV);
    gp_decref(st, num);
    gp_decref(st, den);
    return r;
}

static GpObject *m_log2(ARGS)
{
    (void)self;
    if (one_arg(st, "log2", nargs, kwnames))
        return NULL;
    return log_helper(st, args[0], log2_special);
}

static GpObject *m_log10(ARGS)
{
    (void)self;
    if (one_arg(st, "log10", nargs, kwnames))
        return NULL;
    return log_helper(st, args[0], log10_special);
}

/* ---- two-argument float functions ------------------------------------------------ */

static int two_doubles(GpState *st, const char *name, GpObject *const *args, size_t nargs,
                       GpObject *kwnames, double *x, double *y)
{
    if (positional(st, name, nargs, kwnames, 2, 2) || as_double(st, args[0], x) ||
        as_double(st, args[1], y))
        return -1;
    return 0;
}

static GpObject *m_fmod(ARGS)
{
    (void)self;
    double x, y, r;
    if (two_doubles(st, "fmod", args, nargs, kwnames, &x, &y))
        return NULL;
    if (isinf(y) && isfinite(x))        /* fmod(x, +-inf) is x */
        return gp_float_from_double(st, x);
    r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        domain_error(st);
        return NULL;
    }
    return gp_float_from_double(st, r);
}

/* x**y with C99's special values settled here, so that an infinity can
 * tell overflow (OverflowError) from 0**-y (ValueError) */
static GpObject *m_pow(ARGS)
{
    (void)self;
    double x, y, r;
    int err = 0;        /* 0, EDOM, ERANGE */
    if (two_doubles(st, "pow", args, nargs, kwnames, &x, &y))
        return NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            err = EDOM;
        else if (isinf(r))
            err = x == 0.0 ? EDOM : ERANGE;
    }
    if (err) {
        errno = err;
        if (is_error(st, r))
            return NULL;
    }
    return gp_float_from_double(st, r);
}

static GpObject *m_nextafter(ARGS)
{
    (void)self;
    double x, y;
    if (two_doubles(st, "nextafter", args, nargs, kwnames, &x, &y))
        return NULL;
    return gp_float_from_double(st, nextafter(x, y));
}

static GpObject *m_ldexp(ARGS)
{
    (void)self;
    double x, r;
    if (positional(st, "ldexp", nargs, kwnames, 2, 2) || as_double(st, args[0], &x))
        return NULL;
    GpObject *i = args[1];
    if (!gp_obj_is_instance_of_type(i, gp_type(st, GP_T_INT))) {
        gp_err_format(st, exc(st, GP_T_TYPE_ERROR), "Expected an int as second argument to ldexp.");
        return NULL;
    }
    /* an exponent beyond int's range over- or underflows anyway */
    int64_t e;
    if (gp_int_is_small(i))
        e = GP_INT(i)->u.s.v;
    else
        e = mpz_sgn(&GP_INT(i)->u.z) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (e > INT_MAX)
        r = copysign(HUGE_VAL, x);
    else if (e < INT_MIN)
        r = copysign(0.0, x);
    else
        r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) {
        range_error(st);
        return NULL;
    }
    return gp_float_from_double(st, r);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static GpObject *m_isclose(ARGS)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    GpObject *slot[4] = {NULL, NULL, NULL, NULL};
    GpType *type_error = exc(st, GP_T_TYPE_ERROR);
    if (nargs > 2) {
        gp_err_format(st, type_error,
                      "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++)
        slot[i] = args[i];
    /* as CPython's argument parser: missing arguments are reported before
     * unknown or repeated keywords */
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0, dup = 4;
    GpObject *unknown = NULL;
    for (size_t k = 0; k < nkw; k++) {
        GpObject *key = gp_tuple_item(kwnames, k);
        size_t j = 0;
        while (j < 4 && !gp_str_equal_cstr(key, names[j]))
            j++;
        if (j == 4 && !unknown)
            unknown = key;
        else if (j < 4 && slot[j] && j < dup)
            dup = j;
        if (j == 4 || slot[j])
            continue;
        slot[j] = args[nargs + k];
    }
    for (int j = 0; j < 2; j++)
        if (!slot[j]) {
            gp_err_format(st, type_error, "isclose() missing required argument '%s' (pos %d)",
                          names[j], j + 1);
            return NULL;
        }
    if (dup < 4) {
        gp_err_format(st, type_error,
                      "argument for isclose() given by name ('%s') and position (%zu)",
                      names[dup], dup + 1);
        return NULL;
    }
    if (unknown) {
        invalid_keyword(st, unknown, "isclose");
        return NULL;
    }
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(st, slot[0], &a) || as_double(st, slot[1], &b) ||
        (slot[2] && as_double(st, slot[2], &rel_tol)) ||
        (slot[3] && as_double(st, slot[3], &abs_tol)))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        gp_err_format(st, exc(st, GP_T_VALUE_ERROR), "tolerances must be non-negative");
        return NULL;
    }
    if (a == b)
        return bool_of(st, 1);
    if (isinf(a) || isinf(b))
        return bool_of(st, 0);
    double diff = fabs(b - a);
    return bool_of(st, diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- sums and norms --------------------------------------------------------------- */

/* A growable array of doubles: on the C stack while small, then in the
 * heap area. */
typedef struct DoubleBuf {
    double *p;
    size_t n, cap;
    double local[32];
} DoubleBuf;

static void dbuf_init(DoubleBuf *b)
{
    b->p = b->local;
    b->n = 0;
    b->cap = sizeof b->local / sizeof b->local[0];
}

static int dbuf_push(GpState *st, DoubleBuf *b, double v)
{
    if (b->n == b->cap) {
        size_t cap = b->cap * 2;
        double *p;
        if (b->p == b->local) {
            p = gp_mem_alloc(st->heap, cap * sizeof *p);
            if (p)
                memcpy(p, b->local, b->n * sizeof *p);
        } else {
            p = gp_mem_realloc(st->heap, b->p, b->cap * sizeof *p, cap * sizeof *p);
        }
        if (!p) {
            gp_err_nomemory(st);
            return -1;
        }
        b->p = p;
        b->cap = cap;
    }
    b->p[b->n++] = v;
    return 0;
}

static void dbuf_free(GpState *st, DoubleBuf *b)
{
    if (b->p != b->local)
        gp_mem_free(st->heap, b->p, b->cap * sizeof *b->p);
}

/* fsum: Shewchuk's exact partials (non-overlapping, increasing in
 * magnitude), then their sum rounded once, half-even across partials.
 * The volatiles keep hi rounded to a double before lo is computed. */
static GpObject *m_fsum(ARGS)
{
    (void)self;
    if (one_arg(st, "fsum", nargs, kwnames))
        return NULL;
    GpObject *it = gp_obj_iter(st, args[0]);
    if (!it)
        return NULL;
    DoubleBuf b;
    dbuf_init(&b);
    double x, y, t, xsave, special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    GpObject *item, *result = NULL;
    while ((item = gp_iter_next(st, it)) != NULL) {
        int rc = as_double(st, item, &x);
        gp_decref(st, item);
        if (rc)
            goto done;
        xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < b.n; j++) {
            y = b.p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                b.p[i++] = lo;
            x = hi;
        }
        b.n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an inf or nan summand, or an intermediate overflow */
                if (isfinite(xsave)) {
                    gp_err_format(st, exc(st, GP_T_OVERFLOW_ERROR),
                                  "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                b.n = 0;
            } else if (dbuf_push(st, &b, x)) {
                goto done;
            }
        }
    }
    if (gp_err_occurred(st))
        goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            gp_err_format(st, exc(st, GP_T_VALUE_ERROR), "-inf + inf in fsum");
        else
            result = gp_float_from_double(st, special_sum);
        goto done;
    }
    hi = 0.0;
    if (b.n > 0) {
        size_t n = b.n;
        hi = b.p[--n];
        /* add from the top down until the sum becomes inexact */
        while (n > 0) {
            x = hi;
            y = b.p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* half-even across partials: if the next partial pushes the same
         * way as the rounding error, round away (sum([1e-16, 1, 1e16])) */
        if (n > 0 && ((lo < 0.0 && b.p[n - 1] < 0.0) || (lo > 0.0 && b.p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = gp_float_from_double(st, hi);
done:
    dbuf_free(st, &b);
    gp_decref(st, it);
    return result;
}

/* hypot(*coordinates) */
static GpObject *m_hypot(ARGS)
{
    (void)self;
    if (no_keywords(st, "hypot", kwnames))
        return NULL;
    DoubleBuf b;
    dbuf_init(&b);
    double max = 0.0, x;
    int found_nan = 0;
    for (size_t i = 0; i < nargs; i++) {
        if (as_double(st, args[i], &x) || dbuf_push(st, &b, fabs(x))) {
            dbuf_free(st, &b);
            return NULL;
        }
        x = fabs(x);
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(b.n, b.p, max, found_nan);
    dbuf_free(st, &b);
    return gp_float_from_double(st, r);
}

/* The items of a tuple, or of a list made from any other iterable
 * (*holder keeps that list; NULL for a tuple). */
static GpObject *const *point_items(GpState *st, GpObject *p, GpObject **holder, size_t *n)
{
    *holder = NULL;
    if (gp_obj_is_instance_of_type(p, gp_type(st, GP_T_TUPLE))) {
        *n = gp_tuple_size(p);
        return ((GpTuple *)p)->items;
    }
    GpObject *l = gp_list_from_iterable(st, p);
    if (!l)
        return NULL;
    *holder = l;
    *n = gp_list_size(l);
    return GP_LIST(l)->items;
}

static GpObject *m_dist(ARGS)
{
    (void)self;
    if (positional(st, "dist", nargs, kwnames, 2, 2))
        return NULL;
    GpObject *hp, *hq = NULL, *result = NULL;
    size_t m = 0, n = 0;
    GpObject *const *p = point_items(st, args[0], &hp, &m);
    if (!p && gp_err_occurred(st))
        return NULL;
    GpObject *const *q = point_items(st, args[1], &hq, &n);
    if (!q && gp_err_occurred(st))
        goto out;
    if (m != n) {
        gp_err_format(st, exc(st, GP_T_VALUE_ERROR),
                      "both points must have the same number of dimensions");
        goto out;
    }
    DoubleBuf b;
    dbuf_init(&b);
    double max = 0.0, px, qx, x;
    int found_nan = 0;
    for (size_t i = 0; i < n; i++) {
        if (as_double(st, p[i], &px) || as_double(st, q[i], &qx) ||
            dbuf_push(st, &b, fabs(px - qx))) {
            dbuf_free(st, &b);
            goto out;
        }
        x = fabs(px - qx);
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    result = gp_float_from_double(st, vector_norm(n, b.p, max, found_nan));
    dbuf_free(st, &b);
out:
    gp_xdecref(st, hp);
    gp_xdecref(st, hq);
    return result;
}

/* prod(iterable, /, *, start=1): the generic multiplication; CPython's
 * machine-word fast paths give the same values */
static GpObject *m_prod(ARGS)
{
    (void)self;
    GpType *type_error = exc(st, GP_T_TYPE_ERROR);
    if (nargs != 1) {
        gp_err_format(st, type_error, "prod() takes exactly 1 positional argument (%zu given)",
                      nargs);
        return NULL;
    }
    GpObject *start = NULL;
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        GpObject *key = gp_tuple_item(kwnames, k);
        if (!gp_str_equal_cstr(key, "start")) {
            invalid_keyword(st, key, "prod");
            return NULL;
        }
        start = args[nargs + k];
    }
    GpObject *it = gp_obj_iter(st, args[0]);
    if (!it)
        return NULL;
    GpObject *result = start ? gp_incref(start) : gp_int_from_i64(st, 1), *item;
    while (result && (item = gp_iter_next(st, it)) != NULL) {
        GpObject *r = gp_num_binary(st, result, item, GP_NB_MUL);
        gp_decref(st, item);
        gp_decref(st, result);
        result = r;
    }
    if (result && gp_err_occurred(st)) {
        gp_decref(st, result);
        result = NULL;
    }
    gp_decref(st, it);
    return result;
}

/* ---- integer functions (GMP) --------------------------------------------------- */

/* Index every argument into the plain ints out[0..n). */
static int index_all(GpState *st, GpObject *const *args, size_t n, GpObject **out)
{
    for (size_t i = 0; i < n; i++) {
        out[i] = as_index(st, args[i]);
        if (!out[i]) {
            while (i--)
                gp_decref(st, out[i]);
            return -1;
        }
    }
    return 0;
}

static void decref_all(GpState *st, GpObject **objs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        gp_decref(st, objs[i]);
}

/* End the GMP work begun with gp_int_gmp_enter: the value of z as a new
 * int (NULL with MemoryError if GMP had to borrow memory); z is cleared. */
static GpObject *finish_mpz(GpState *st, mpz_t z)
{
    GpObject *r = gp_int_gmp_leave(st) ? NULL : gp_int_from_mpz(st, z);
    mpz_clear(z);
    return r;
}

/* gcd(*integers) and lcm(*integers) */
static GpObject *gcd_lcm(GpState *st, GpObject *const *args, size_t nargs, GpObject *kwnames,
                         int lcm)
{
    if (no_keywords(st, lcm ? "lcm" : "gcd", kwnames))
        return NULL;
    GpObject *small[8], **ints = small;
    if (nargs > 8) {
        ints = gp_mem_alloc(st->heap, nargs * sizeof *ints);
        if (!ints) {
            gp_err_nomemory(st);
            return NULL;
        }
    }
    GpObject *r = NULL;
    if (index_all(st, args, nargs, ints) == 0) {
        mpz_t acc, x;
        gp_int_gmp_enter(st);
        mpz_init_set_ui(acc, lcm ? 1 : 0);
        mpz_init(x);
        for (size_t i = 0; i < nargs; i++) {
            gp_int_to_mpz(ints[i], x);
            if (i == 0)
                mpz_abs(acc, x);
            else if (lcm)
                mpz_lcm(acc, acc, x);
            else
                mpz_gcd(acc, acc, x);
        }
        mpz_clear(x);
        r = finish_mpz(st, acc);
        decref_all(st, ints, nargs);
    }
    if (ints != small)
        gp_mem_free(st->heap, ints, nargs * sizeof *ints);
    return r;
}

static GpObject *m_gcd(ARGS)
{
    (void)self;
    return gcd_lcm(st, args, nargs, kwnames, 0);
}

static GpObject *m_lcm(ARGS)
{
    (void)self;
    return gcd_lcm(st, args, nargs, kwnames, 1);
}

static GpObject *m_isqrt(ARGS)
{
    (void)self;
    if (one_arg(st, "isqrt", nargs, kwnames))
        return NULL;
    GpObject *n = as_index(st, args[0]);
    if (!n)
        return NULL;
    if (int_sign(n) < 0) {
        gp_decref(st, n);
        gp_err_format(st, exc(st, GP_T_VALUE_ERROR), "isqrt() argument must be nonnegative");
        return NULL;
    }
    mpz_t z;
    gp_int_gmp_enter(st);
    mpz_init(z);
    gp_int_to_mpz(n, z);
    mpz_sqrt(z, z);
    gp_decref(st, n);
    return finish_mpz(st, z);
}

static GpObject *factorial_of(GpState *st, GpObject *arg)
{
    GpObject *n = as_index(st, arg);
    if (!n)
        return NULL;
    int64_t v;
    int big = fits_i64(n, &v);
    int sign = int_sign(n);
    gp_decref(st, n);
    if (sign < 0) {
        gp_err_format(st, exc(st, GP_T_VALUE_ERROR), "factorial() not defined for negative values");
        return NULL;
    }
    if (big) {
        gp_err_format(st, exc(st, GP_T_OVERFLOW_ERROR),
                      "factorial() argument should not exceed %lld", (long long)INT64_MAX);
        return NULL;
    }
    mpz_t z;
    gp_int_gmp_enter(st);
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return finish_mpz(st, z);
}

static GpObject *m_factorial(ARGS)
{
    (void)self;
    if (one_arg(st, "factorial", nargs, kwnames))
        return NULL;
    return factorial_of(st, args[0]);
}

/* n and k indexed and checked nonnegative (ValueError otherwise) */
static int n_and_k(GpState *st, GpObject *const *args, GpObject **n, GpObject **k)
{
    GpObject *both[2];
    if (index_all(st, args, 2, both))
        return -1;
    *n = both[0];
    *k = both[1];
    const char *bad = int_sign(*n) < 0 ? "n" : int_sign(*k) < 0 ? "k" : NULL;
    if (!bad)
        return 0;
    gp_err_format(st, exc(st, GP_T_VALUE_ERROR), "%s must be a non-negative integer", bad);
    decref_all(st, both, 2);
    return -1;
}

static GpObject *m_comb(ARGS)
{
    (void)self;
    GpObject *n, *k;
    if (positional(st, "comb", nargs, kwnames, 2, 2) || n_and_k(st, args, &n, &k))
        return NULL;
    mpz_t zn, zk, t;
    gp_int_gmp_enter(st);
    mpz_inits(zn, zk, t, NULL);
    gp_int_to_mpz(n, zn);
    gp_int_to_mpz(k, zk);
    gp_decref(st, n);
    gp_decref(st, k);
    mpz_sub(t, zn, zk);
    int ok = 1;
    if (mpz_sgn(t) < 0) {
        mpz_set_ui(zn, 0);
    } else {
        if (mpz_cmp(t, zk) < 0)
            mpz_set(zk, t);         /* k = min(k, n - k) */
        if (mpz_sizeinbase(zk, 2) > 63)
            ok = 0;
        else
            mpz_bin_ui(zn, zn, mpz_get_ui(zk));
    }
    mpz_clears(zk, t, NULL);
    if (!ok) {
        if (gp_int_gmp_leave(st) == 0)
            gp_err_format(st, exc(st, GP_T_OVERFLOW_ERROR),
                          "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        mpz_clear(zn);
        return NULL;
    }
    return finish_mpz(st, zn);
}

static GpObject *m_perm(ARGS)
{
    (void)self;
    GpObject *n, *k;
    if (positional(st, "perm", nargs, kwnames, 1, 2))
        return NULL;
    if (nargs == 1 || args[1] == st->none)
        return factorial_of(st, args[0]);
    if (n_and_k(st, args, &n, &k))
        return NULL;
    mpz_t zn, zk, f;
    gp_int_gmp_enter(st);
    mpz_inits(zn, zk, f, NULL);
    gp_int_to_mpz(n, zn);
    gp_int_to_mpz(k, zk);
    gp_decref(st, n);
    gp_decref(st, k);
    int ok = 1;
    if (mpz_cmp(zn, zk) < 0) {
        mpz_set_ui(zn, 0);
    } else if (mpz_sizeinbase(zk, 2) > 63) {
        ok = 0;
    } else {
        /* n! / (n-k)! = comb(n, k) * k! */
        unsigned long kk = mpz_get_ui(zk);
        mpz_bin_ui(zn, zn, kk);
        mpz_fac_ui(f, kk);
        mpz_mul(zn, zn, f);
    }
    mpz_clears(zk, f, NULL);
    if (!ok) {
        if (gp_int_gmp_leave(st) == 0)
            gp_err_format(st, exc(st, GP_T_OVERFLOW_ERROR), "k must not exceed %lld",
                          (long long)INT64_MAX);
        mpz_clear(zn);
        return NULL;
    }
    return finish_mpz(st, zn);
}

/* ---- the module ------------------------------------------------------------------- */

#define F(name) {#name, m_##name, GP_METH_VARARGS | GP_METH_KEYWORDS}
static const GpMethodDef math_functions[] = {
    F(acos), F(acosh), F(asin), F(asinh), F(atan), F(atan2), F(atanh), F(cbrt), F(ceil),
    F(comb), F(copysign), F(cos), F(cosh), F(degrees), F(dist), F(erf), F(erfc), F(exp),
    F(exp2), F(expm1), F(fabs), F(factorial), F(floor), F(fmod), F(frexp), F(fsum),
    F(gamma), F(gcd), F(hypot), F(isclose), F(isfinite), F(isinf), F(isnan), F(isqrt),
    F(lcm), F(ldexp), F(lgamma), F(log), F(log1p), F(log10), F(log2), F(modf),
    F(nextafter), F(perm), F(pow), F(prod), F(radians), F(remainder), F(sin), F(sinh),
    F(sqrt), F(tan), F(tanh), F(trunc), F(ulp),
    {NULL, NULL, 0},
};
#undef F

int gp_lib_math_init(GpState *st, GpObject *module)
{
    static const struct {
        const char *name;
        double v;
    } constants[] = {
        {"pi", 3.141592653589793238462643383279502884},
        {"e", 2.718281828459045235360287471352662498},
        {"tau", 6.283185307179586476925286766559005768},
        {"inf", INFINITY},
        {"nan", NAN},
    };
    if (gp_module_add_functions(st, module, math_functions))
        return -1;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        GpObject *f = gp_float_from_double(st, constants[i].v);
        int rc = !f || gp_module_add_object(st, module, constants[i].name, f);
        gp_xdecref(st, f);
        if (rc)
            return -1;
    }
    return 0;
}
