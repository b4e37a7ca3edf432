/*
 * float.c - the float type.  Arithmetic follows CPython's floatobject.c:
 * floor division and modulo floor, with the signs of zero CPython gives;
 * comparisons with ints are exact.
 */
#include "obj/float.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/floatrepr.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

GpObject *gp_float_from_double(GpState *st, double v)
{
    GpObject *o = gp_obj_alloc(st, gp_type(st, GP_T_FLOAT), sizeof(GpFloat));
    if (o)
        GP_FLOAT(o)->v = v;
    return o;
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
    GpObject *r = s ? gp_obj_repr(st, s) : NULL;
    gp_xdecref(st, s);
    if (r) {
        char rb[256];
        size_t rl;
        const char *u = gp_str_utf8(r, rb, sizeof rb, &rl);
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR),
                      "could not convert string to float: %.*s", u ? (int)rl : 3,
                      u ? u : "...");
        gp_decref(st, r);
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

/* int(x): truncate toward zero */
static GpObject *float_to_int(GpState *st, GpObject *a)
{
    double v = GP_FLOAT(a)->v;
    if (isnan(v)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(v)) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                      "cannot convert float infinity to integer");
        return NULL;
    }
    double t = trunc(v);
    if (fabs(t) < 9.2e18)
        return gp_int_from_i64(st, (int64_t)t);
    mpz_t z;
    gp_int_gmp_enter(st);
    mpz_init_set_d(z, t);
    GpObject *r = gp_int_gmp_leave(st) ? NULL : gp_int_from_mpz(st, z);
    mpz_clear(z);
    return r;
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

const GpType gp_float_template = {
    .name = "float",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpFloat),
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .num = &float_num,
};
