/*
 * time.c - the time module's clocks and sleep (CPython 3.11's subset).
 *
 *   time(), time_ns()                  CLOCK_REALTIME
 *   monotonic(), perf_counter() (+_ns) CLOCK_MONOTONIC, as CPython on Linux
 *   process_time() (+_ns)              CLOCK_PROCESS_CPUTIME_ID
 *   sleep(secs)                        an absolute deadline on CLOCK_MONOTONIC,
 *                                      so a sleep a signal interrupts resumes
 *                                      for the time that is left
 *
 *   gmtime(), localtime(), mktime()    time.struct_time <-> seconds
 *   strftime(), asctime(), ctime()     text, through the C library
 *
 * Float results are nanoseconds / 1e9 (whole seconds exactly), as CPython's
 * _PyTime_AsSecondsDouble computes them.
 */
#include "lib/modules.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "mem/mem.h"
#include "obj/args.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/dict.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/structseq.h"
#include "obj/tuple.h"

#define ARGS GpState *st, GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames

static int check_args(GpState *st, const char *name, size_t nargs, GpObject *kwnames,
                      size_t want)
{
    GpType *type_error = gp_type(st, GP_T_TYPE_ERROR);
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, type_error, "time.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == want)
        return 0;
    if (want == 0)
        gp_err_format(st, type_error, "time.%s() takes no arguments (%zu given)", name, nargs);
    else
        gp_err_format(st, type_error, "time.%s() takes exactly one argument (%zu given)", name,
                      nargs);
    return -1;
}

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* seconds as a float, the way CPython converts nanoseconds */
static double seconds(int64_t ns)
{
    if (ns % 1000000000 == 0)
        return (double)(ns / 1000000000);
    return (double)ns / 1e9;
}

#define CLOCK_FUNCS(name, id)                                                   \
    static GpObject *t_##name(ARGS)                                             \
    {                                                                           \
        (void)self;                                                             \
        (void)args;                                                             \
        if (check_args(st, #name, nargs, kwnames, 0))                           \
            return NULL;                                                        \
        return gp_float_from_double(st, seconds(clock_ns(id)));                 \
    }                                                                           \
    static GpObject *t_##name##_ns(ARGS)                                        \
    {                                                                           \
        (void)self;                                                             \
        (void)args;                                                             \
        if (check_args(st, #name "_ns", nargs, kwnames, 0))                     \
            return NULL;                                                        \
        return gp_int_from_i64(st, clock_ns(id));                               \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)

/* A number of seconds: a float (not NaN), or an int that fits 64 bits
 * (else OverflowError `too_big`).  *is_float says which of *d, *v is set. */
static int seconds_arg(GpState *st, GpObject *o, const char *too_big, int *is_float, double *d,
                       int64_t *v)
{
    *is_float = gp_obj_is_instance_of_type(o, gp_type(st, GP_T_FLOAT));
    if (*is_float) {
        *d = GP_FLOAT(o)->v;
        if (isnan(*d)) {
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "Invalid value NaN (not a number)");
            return -1;
        }
        return 0;
    }
    if (!o->type->num || !o->type->num->index) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "'%s' object cannot be interpreted as an integer", o->type->name);
        return -1;
    }
    GpObject *i = o->type->num->index(st, o);
    if (!i)
        return -1;
    int big = !gp_int_is_small(i);
    *v = big ? 0 : GP_INT(i)->u.s.v;
    gp_decref(st, i);
    if (big) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "%s", too_big);
        return -1;
    }
    return 0;
}

/* The sleep length in nanoseconds, rounded away from zero (CPython's
 * _PyTime_ROUND_TIMEOUT), with CPython's errors. */
static int sleep_ns(GpState *st, GpObject *o, int64_t *out)
{
    static const char too_big[] = "timestamp too large to convert to C _PyTime_t";
    int is_float;
    double d;
    int64_t v;
    if (seconds_arg(st, o, too_big, &is_float, &d, &v))
        return -1;
    if (is_float) {
        d *= 1e9;
        d = d >= 0.0 ? ceil(d) : floor(d);
        if (!(d >= (double)INT64_MIN && d < (double)INT64_MAX)) {
            gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                          "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (int64_t)d;
        return 0;
    }
    if (v > INT64_MAX / 1000000000 || v < INT64_MIN / 1000000000) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "%s", too_big);
        return -1;
    }
    *out = v * 1000000000;
    return 0;
}

static GpObject *t_sleep(ARGS)
{
    (void)self;
    int64_t ns;
    if (check_args(st, "sleep", nargs, kwnames, 1) || sleep_ns(st, args[0], &ns))
        return NULL;
    if (ns < 0) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "sleep length must be non-negative");
        return NULL;
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    int64_t total = deadline.tv_nsec + ns % 1000000000;
    deadline.tv_sec += (time_t)(ns / 1000000000 + total / 1000000000);
    deadline.tv_nsec = (long)(total % 1000000000);
    int rc;
    while ((rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL)) == EINTR)
        ;       /* interrupted by a signal: sleep on to the same deadline */
    if (rc != 0) {
        gp_err_format(st, gp_type(st, GP_T_SYSTEM_ERROR), "clock_nanosleep failed (errno %d)", rc);
        return NULL;
    }
    return gp_incref(st->none);
}

/* ---- calendar time: struct_time ------------------------------------------------ */

/* seconds since the epoch as a time_t, rounded down (None: now) */
static int to_time_t(GpState *st, GpObject *o, time_t *out)
{
    static const char range[] = "timestamp out of range for platform time_t";
    if (o == st->none) {
        *out = time(NULL);
        return 0;
    }
    int is_float;
    double d;
    int64_t v;
    if (seconds_arg(st, o, range, &is_float, &d, &v))
        return -1;
    if (is_float) {
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "%s", range);
            return -1;
        }
        v = (int64_t)d;
    }
    *out = (time_t)v;
    return 0;
}

/* time.struct_time, made at import (gp_lib_time_init), from the module */
static GpType *struct_time_type(GpState *st, GpObject *module)
{
    GpObject *t = gp_dict_get_str(st, GP_MODULE(module)->dict, "struct_time");
    if (t && t->type == gp_type(st, GP_T_TYPE) && ((GpType *)t)->base == gp_type(st, GP_T_TUPLE))
        return (GpType *)t;
    if (!gp_err_occurred(st))
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "time.struct_time is not the time module's");
    return NULL;
}

static GpObject *struct_time(GpState *st, GpObject *module, const struct tm *tm)
{
    GpType *type = struct_time_type(st, module);
    if (!type)
        return NULL;
    int64_t v[9] = {tm->tm_year + 1900LL, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                    tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
    GpObject *items[9];
    for (int i = 0; i < 9; i++) {
        if (!(items[i] = gp_int_from_i64(st, v[i]))) {
            while (i--)
                gp_decref(st, items[i]);
            return NULL;
        }
    }
    return gp_structseq_new(st, type, items);
}

/* the C library refused a time: OSError with its errno, as CPython */
static GpObject *os_error(GpState *st)
{
    int e = errno ? errno : EOVERFLOW;
    gp_err_format(st, gp_type(st, GP_T_OS_ERROR), "[Errno %d] %s", e, strerror(e));
    return NULL;
}

/* gmtime([secs]) and localtime([secs]) */
static GpObject *broken_down(GpState *st, GpObject *module, const char *name,
                             GpObject *const *args, size_t nargs, GpObject *kwnames, int local)
{
    time_t t;
    struct tm tm;
    if (nargs > 1 || (kwnames && gp_tuple_size(kwnames))) {
        return check_args(st, name, nargs, kwnames, 1), NULL;
    }
    if (to_time_t(st, nargs ? args[0] : st->none, &t))
        return NULL;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return os_error(st);
    return struct_time(st, module, &tm);
}

static GpObject *t_gmtime(ARGS)
{
    return broken_down(st, self, "gmtime", args, nargs, kwnames, 0);
}

static GpObject *t_localtime(ARGS)
{
    return broken_down(st, self, "localtime", args, nargs, kwnames, 1);
}

/* a 9-tuple (or struct_time) back to a struct tm (CPython's gettmarg) */
static int from_tuple(GpState *st, const char *name, GpObject *o, struct tm *tm)
{
    if (!gp_obj_is_instance_of_type(o, gp_type(st, GP_T_TUPLE))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "Tuple or struct_time argument required");
        return -1;
    }
    if (gp_tuple_size(o) != 9) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s(): illegal time tuple argument", name);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++) {
        GpObject *x = gp_tuple_item(o, (size_t)i);
        if (!gp_obj_is_instance_of_type(x, gp_type(st, GP_T_INT))) {
            gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                          "'%s' object cannot be interpreted as an integer", x->type->name);
            return -1;
        }
        if (!gp_int_is_small(x) || GP_INT(x)->u.s.v > INT32_MAX || GP_INT(x)->u.s.v < INT32_MIN) {
            gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR),
                          "Python int too large to convert to C int");
            return -1;
        }
        v[i] = (int)GP_INT(x)->u.s.v;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = v[0] - 1900;
    tm->tm_mon = v[1] - 1;
    tm->tm_mday = v[2];
    tm->tm_hour = v[3];
    tm->tm_min = v[4];
    tm->tm_sec = v[5];
    tm->tm_wday = (v[6] + 1) % 7;
    tm->tm_yday = v[7] - 1;
    tm->tm_isdst = v[8];
    return 0;
}

/* CPython's checktm: fields in range for strftime and asctime (0 for the
 * month, day or day of year means the first) */
static int check_tm(GpState *st, struct tm *tm)
{
    const char *bad = NULL;
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        bad = "month out of range";
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (!bad && (tm->tm_mday < 0 || tm->tm_mday > 31))
        bad = "day of month out of range";
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23))
        bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59))
        bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61))
        bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0)
        bad = "day of week out of range";
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (!bad && (tm->tm_yday < 0 || tm->tm_yday > 365))
        bad = "day of year out of range";
    if (bad)
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "%s", bad);
    return bad ? -1 : 0;
}

/* the time tuple argument at args[i], or the local time now */
static int tm_arg(GpState *st, const char *name, GpObject *const *args, size_t nargs, size_t i,
                  struct tm *tm)
{
    if (nargs > i)
        return from_tuple(st, name, args[i], tm);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

static GpObject *t_mktime(ARGS)
{
    (void)self;
    struct tm tm;
    if (check_args(st, "mktime", nargs, kwnames, 1) || from_tuple(st, "mktime", args[0], &tm))
        return NULL;
    tm.tm_wday = -1;    /* mktime sets it: it stays -1 only on failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        gp_err_format(st, gp_type(st, GP_T_OVERFLOW_ERROR), "mktime argument out of range");
        return NULL;
    }
    return gp_float_from_double(st, (double)t);
}

static GpObject *t_strftime(ARGS)
{
    (void)self;
    GpType *type_error = gp_type(st, GP_T_TYPE_ERROR);
    if (kwnames && gp_tuple_size(kwnames))
        return check_args(st, "strftime", nargs, kwnames, 1), NULL;
    if (gp_args_clinic_positional(st, "strftime", nargs, 1, 2))
        return NULL;
    if (!gp_obj_is_instance_of_type(args[0], gp_type(st, GP_T_STR))) {
        gp_err_format(st, type_error, "strftime() argument 1 must be str, not %s",
                      args[0]->type->name);
        return NULL;
    }
    struct tm tm;
    if (tm_arg(st, "strftime", args, nargs, 1, &tm) || check_tm(st, &tm))
        return NULL;
    char fbuf[256];
    size_t flen;
    const char *text = gp_str_utf8(args[0], fbuf, sizeof fbuf, &flen);
    if (!text) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "format too long for strftime()");
        return NULL;
    }
    if (memchr(text, 0, flen)) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "embedded null character");
        return NULL;
    }
    /* the format NUL-terminated, then an output buffer grown until the text
     * fits (strftime gives 0 when it does not) */
    size_t cap = flen + 1 + 256;
    char *fmt = gp_mem_alloc(st->heap, cap);
    if (!fmt)
        return gp_err_nomemory(st), NULL;
    memcpy(fmt, text, flen);
    fmt[flen] = 0;
    GpObject *r = NULL;
    for (size_t n = 256; !r && n <= 256 * (flen + 16); n *= 4) {
        char *out = gp_mem_alloc(st->heap, n);
        if (!out) {
            gp_err_nomemory(st);
            break;
        }
        size_t len = strftime(out, n, fmt, &tm);
        if (len > 0 || flen == 0 || n * 4 > 256 * (flen + 16))
            r = gp_str_from_utf8(st, out, len);
        gp_mem_free(st->heap, out, n);
    }
    gp_mem_free(st->heap, fmt, cap);
    return r;
}

/* "Thu Jan  1 00:00:00 1970" */
static GpObject *asctime_str(GpState *st, const struct tm *tm)
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return gp_str_format(st, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm->tm_wday % 7],
                         months[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                         1900 + tm->tm_year);
}

static GpObject *t_asctime(ARGS)
{
    (void)self;
    struct tm tm;
    if (nargs > 1 || (kwnames && gp_tuple_size(kwnames)))
        return check_args(st, "asctime", nargs, kwnames, 1), NULL;
    if (tm_arg(st, "asctime", args, nargs, 0, &tm) || check_tm(st, &tm))
        return NULL;
    return asctime_str(st, &tm);
}

static GpObject *t_ctime(ARGS)
{
    (void)self;
    time_t t;
    struct tm tm;
    if (nargs > 1 || (kwnames && gp_tuple_size(kwnames)))
        return check_args(st, "ctime", nargs, kwnames, 1), NULL;
    if (to_time_t(st, nargs ? args[0] : st->none, &t))
        return NULL;
    errno = 0;
    if (!localtime_r(&t, &tm))
        return os_error(st);
    return asctime_str(st, &tm);
}

#define T(name, flags) {#name, t_##name, flags}
static const GpMethodDef time_functions[] = {
    T(time, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(time_ns, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(monotonic, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(monotonic_ns, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(perf_counter, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(perf_counter_ns, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(process_time, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(process_time_ns, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(sleep, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(gmtime, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(localtime, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(mktime, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(strftime, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(asctime, GP_METH_VARARGS | GP_METH_KEYWORDS),
    T(ctime, GP_METH_VARARGS | GP_METH_KEYWORDS),
    {NULL, NULL, 0},
};
#undef T

int gp_lib_time_init(GpState *st, GpObject *module)
{
    static const char *const fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                         "tm_sec", "tm_wday", "tm_yday", "tm_isdst", NULL};
    GpType *t = gp_structseq_type(st, "time.struct_time", fields);
    if (!t || gp_module_add_object(st, module, "struct_time", GP_OBJ(t)))
        return -1;
    return gp_module_add_functions(st, module, time_functions);
}
