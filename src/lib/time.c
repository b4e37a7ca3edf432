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
 * Float results are nanoseconds / 1e9 (whole seconds exactly), as CPython's
 * _PyTime_AsSecondsDouble computes them.
 */
#include "lib/modules.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <time.h>

#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/module.h"
#include "obj/state.h"
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

/* The sleep length in nanoseconds, rounded away from zero (CPython's
 * _PyTime_ROUND_TIMEOUT), with CPython's errors. */
static int sleep_ns(GpState *st, GpObject *o, int64_t *out)
{
    GpType *overflow = gp_type(st, GP_T_OVERFLOW_ERROR);
    if (gp_obj_is_instance_of_type(o, gp_type(st, GP_T_FLOAT))) {
        double d = GP_FLOAT(o)->v;
        if (isnan(d)) {
            gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "Invalid value NaN (not a number)");
            return -1;
        }
        d *= 1e9;
        d = d >= 0.0 ? ceil(d) : floor(d);
        if (!(d >= (double)INT64_MIN && d < (double)INT64_MAX)) {
            gp_err_format(st, overflow, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (int64_t)d;
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
    int64_t v = 0;
    int big = !gp_int_is_small(i);
    if (!big)
        v = GP_INT(i)->u.s.v;
    gp_decref(st, i);
    if (big || v > INT64_MAX / 1000000000 || v < INT64_MIN / 1000000000) {
        gp_err_format(st, overflow, "timestamp too large to convert to C _PyTime_t");
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
    {NULL, NULL, 0},
};
#undef T

int gp_lib_time_init(GpState *st, GpObject *module)
{
    return gp_module_add_functions(st, module, time_functions);
}
