/* The math module against CPython (math_vectors.h, made by
 * tools/gen_math_vectors.py: ~7,000 calls and what CPython answered), and
 * the time module's clocks and sleep. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <cmocka.h>

#include "lib/modules.h"
#include "mem/mem.h"
#include "mem/stats.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "math_vectors.h"

static GpState *st;
static GpObject *math_mod, *time_mod;

static int setup(void **state)
{
    (void)state;
    char err[256];
    st = gp_state_create(&(GpImageConfig){.size = 16u << 20}, err, sizeof err);
    if (!st)
        return -1;
    math_mod = gp_module_new(st, "math");
    time_mod = gp_module_new(st, "time");
    if (!math_mod || !time_mod || gp_lib_math_init(st, math_mod) ||
        gp_lib_time_init(st, time_mod))
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    gp_decref(st, math_mod);
    gp_decref(st, time_mod);
    gp_state_destroy(st);
    return 0;
}

static size_t heap_blocks(void)
{
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    return s.blocks;
}

/* repr(o), or "!Type: message" for the pending exception; into buf */
static void outcome(GpObject *o, char *buf, size_t cap)
{
    size_t len;
    if (!o) {
        GpObject *e = gp_err_fetch(st);
        GpObject *m = gp_obj_str(st, e);
        char tmp[1024];
        const char *u = gp_str_utf8(m, tmp, sizeof tmp, &len);
        snprintf(buf, cap, "!%s: %.*s", e->type->name, (int)len, u ? u : "?");
        gp_decref(st, m);
        gp_decref(st, e);
        return;
    }
    GpObject *r = gp_obj_repr(st, o);
    if (!r) {
        outcome(NULL, buf, cap);
        return;
    }
    const char *u = gp_str_utf8(r, buf, cap, &len);
    if (!u)
        snprintf(buf, cap, "<repr too long>");
    else if (u != buf)
        snprintf(buf, cap, "%.*s", (int)len, u);
    gp_decref(st, r);
}

/* One scalar token: i123 f1.5 sabc N T F (see the generator) */
static GpObject *scalar(const char *t, size_t n)
{
    switch (t[0]) {
    case 'i':
        return gp_int_from_str(st, t + 1, n - 1, 10);
    case 'f':
        return gp_float_from_str(st, t + 1, n - 1);
    case 's': {
        char buf[256];
        snprintf(buf, sizeof buf, "%.*s", (int)(n - 1), t + 1);
        return gp_str_from_cstr(st, buf);
    }
    case 'N':
        return gp_incref(st->none);
    case 'T':
        return gp_incref(st->true_);
    case 'F':
        return gp_incref(st->false_);
    }
    fail_msg("bad token %.*s", (int)n, t);
    return NULL;
}

/* A token: a scalar, or L / U followed by comma-separated scalars */
static GpObject *operand(const char *t, size_t n)
{
    if (t[0] != 'L' && t[0] != 'U')
        return scalar(t, n);
    GpObject *items[128];
    size_t k = 0;
    const char *p = t + 1, *end = t + n;
    while (p < end) {
        const char *c = memchr(p, ',', (size_t)(end - p));
        if (!c)
            c = end;
        assert_true(k < 128);
        items[k++] = scalar(p, (size_t)(c - p));
        p = c + 1;
    }
    GpObject *r = t[0] == 'L' ? gp_list_from_array(st, items, k) : gp_tuple_from_array(st, items, k);
    for (size_t i = 0; i < k; i++)
        gp_decref(st, items[i]);
    return r;
}

/* Call math.<func>(args...) as the vector spells it. */
static GpObject *call_vector(const char *func, const char *spec)
{
    GpObject *args[64], *names[8];
    size_t nargs = 0, nkw = 0;
    const char *p = spec;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        assert_true(nargs < 64);
        if (p[0] == 'K') {
            const char *eq = memchr(p, '=', n);
            char name[32];
            snprintf(name, sizeof name, "%.*s", (int)(eq - p - 1), p + 1);
            names[nkw++] = gp_str_from_cstr(st, name);
            args[nargs++] = operand(eq + 1, n - (size_t)(eq + 1 - p));
        } else {
            args[nargs++] = operand(p, n);
        }
        assert_non_null(args[nargs - 1]);
        p += n;
        while (*p == ' ')
            p++;
    }
    GpObject *kw = nkw ? gp_tuple_from_array(st, names, nkw) : NULL;
    GpObject *f = gp_obj_getattr_cstr(st, math_mod, func);
    assert_non_null(f);
    GpObject *r = gp_obj_call(st, f, args, nargs - nkw, kw);
    gp_decref(st, f);
    gp_xdecref(st, kw);
    for (size_t i = 0; i < nkw; i++)
        gp_decref(st, names[i]);
    for (size_t i = 0; i < nargs; i++)
        gp_decref(st, args[i]);
    return r;
}

static void test_math_matches_cpython(void **state)
{
    (void)state;
    size_t n = sizeof math_vectors / sizeof math_vectors[0], bad = 0;
    size_t before = heap_blocks();
    static char got[16384];
    for (size_t i = 0; i < n; i++) {
        GpObject *r = call_vector(math_vectors[i].func, math_vectors[i].args);
        outcome(r, got, sizeof got);
        if (strcmp(got, math_vectors[i].out) != 0 && bad++ < 40)
            print_message("math.%s(%.200s): got %.200s, CPython %.200s\n", math_vectors[i].func,
                          math_vectors[i].args, got, math_vectors[i].out);
        gp_xdecref(st, r);
        assert_false(gp_err_occurred(st));
    }
    if (bad)
        fail_msg("%zu of %zu results differ from CPython", bad, n);
    assert_int_equal(heap_blocks(), before);
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
}

static void test_constants_and_big_results(void **state)
{
    (void)state;
    static const char *const names[] = {"pi", "e", "tau", "inf", "nan"};
    static const char *const reprs[] = {"3.141592653589793", "2.718281828459045",
                                        "6.283185307179586", "inf", "nan"};
    char buf[256];
    for (int i = 0; i < 5; i++) {
        GpObject *v = gp_obj_getattr_cstr(st, math_mod, names[i]);
        outcome(v, buf, sizeof buf);
        assert_string_equal(buf, reprs[i]);
        gp_decref(st, v);
    }
    /* math.floor(1e300) is a big int; factorial(5000) has 16326 digits */
    size_t before = heap_blocks();
    GpObject *r = call_vector("floor", "f1e300");
    assert_non_null(r);
    assert_false(gp_int_is_small(r));
    gp_decref(st, r);
    r = call_vector("factorial", "i5000");
    assert_non_null(r);
    assert_int_equal(mpz_sizeinbase(&GP_INT(r)->u.z, 2), 54233);
    gp_decref(st, r);
    r = call_vector("isqrt", "i100000000000000000000000000000000000000000000000000");
    outcome(r, buf, sizeof buf);
    assert_string_equal(buf, "10000000000000000000000000");
    gp_decref(st, r);
    GpObject *f = gp_obj_getattr_cstr(st, math_mod, "sqrt");
    outcome(f, buf, sizeof buf);
    assert_string_equal(buf, "<built-in function sqrt>");
    gp_decref(st, f);
    assert_int_equal(heap_blocks(), before);
}

/* ---- time ------------------------------------------------------------------------ */

static GpObject *call_time(const char *name, GpObject *arg)
{
    GpObject *f = gp_obj_getattr_cstr(st, time_mod, name);
    assert_non_null(f);
    GpObject *r = gp_obj_call(st, f, &arg, arg ? 1 : 0, NULL);
    gp_decref(st, f);
    return r;
}

static double time_float(const char *name)
{
    GpObject *r = call_time(name, NULL);
    assert_non_null(r);
    assert_ptr_equal(r->type, gp_type(st, GP_T_FLOAT));
    double v = GP_FLOAT(r)->v;
    gp_decref(st, r);
    return v;
}

static int64_t time_int(const char *name)
{
    GpObject *r = call_time(name, NULL);
    assert_non_null(r);
    int64_t v;
    assert_int_equal(gp_int_as_i64(st, r, &v), 0);
    gp_decref(st, r);
    return v;
}

static void test_clocks(void **state)
{
    (void)state;
    size_t before = heap_blocks();
    double t = time_float("time");
    assert_true(t > 1.6e9 && t < 4.1e9);       /* 2020 .. 2100 */
    int64_t tn = time_int("time_ns");
    assert_true(tn / 1000000000 >= (int64_t)t - 1 && tn / 1000000000 <= (int64_t)t + 1);
    static const char *const mono[] = {"monotonic", "perf_counter", "process_time"};
    for (int i = 0; i < 3; i++) {
        double a = time_float(mono[i]);
        char ns[32];
        snprintf(ns, sizeof ns, "%s_ns", mono[i]);
        int64_t b = time_int(ns);
        double c = time_float(mono[i]);
        assert_true(a <= c);
        assert_true((double)b / 1e9 >= a - 1e-6 && (double)b / 1e9 <= c + 1e-6);
    }
    char buf[256];
    GpObject *one = gp_int_from_i64(st, 1);
    GpObject *f = gp_obj_getattr_cstr(st, time_mod, "time");
    outcome(gp_obj_call(st, f, &one, 1, NULL), buf, sizeof buf);
    assert_string_equal(buf, "!TypeError: time.time() takes no arguments (1 given)");
    gp_decref(st, f);
    gp_decref(st, one);
    assert_int_equal(heap_blocks(), before);
}

static volatile sig_atomic_t alarms;

static void on_alarm(int sig)
{
    (void)sig;
    alarms++;
}

/* A signal in the middle of a sleep does not cut it short. */
static void test_interrupted_sleep_resumes(void **state)
{
    (void)state;
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;       /* no SA_RESTART: the sleep sees EINTR */
    sigemptyset(&sa.sa_mask);
    assert_int_equal(sigaction(SIGALRM, &sa, &old), 0);
    struct itimerval it = {.it_value = {.tv_usec = 30000}};
    alarms = 0;
    double t0 = time_float("monotonic");
    assert_int_equal(setitimer(ITIMER_REAL, &it, NULL), 0);
    GpObject *d = gp_float_from_double(st, 0.15);
    GpObject *r = call_time("sleep", d);
    double dt = time_float("monotonic") - t0;
    sigaction(SIGALRM, &old, NULL);
    assert_ptr_equal(r, st->none);
    gp_decref(st, r);
    gp_decref(st, d);
    assert_int_equal(alarms, 1);
    assert_true(dt >= 0.15 && dt < 0.15 + 0.5);
}

static void test_sleep(void **state)
{
    (void)state;
    char buf[256];
    size_t before = heap_blocks();
    double t0 = time_float("monotonic");
    GpObject *d = gp_float_from_double(st, 0.1);
    GpObject *r = call_time("sleep", d);
    assert_ptr_equal(r, st->none);
    gp_decref(st, r);
    gp_decref(st, d);
    double dt = time_float("monotonic") - t0;
    assert_true(dt >= 0.1 && dt < 0.1 + 0.5);
    GpObject *zero = gp_int_from_i64(st, 0);
    r = call_time("sleep", zero);
    assert_ptr_equal(r, st->none);
    gp_decref(st, r);
    gp_decref(st, zero);
    struct {
        GpObject *arg;
        const char *out;
    } errs[] = {
        {gp_int_from_i64(st, -1), "!ValueError: sleep length must be non-negative"},
        {gp_float_from_double(st, -1e-10), "!ValueError: sleep length must be non-negative"},
        {gp_float_from_double(st, 1e300),
         "!OverflowError: timestamp out of range for platform time_t"},
        {gp_float_from_str(st, "nan", 3), "!ValueError: Invalid value NaN (not a number)"},
        {gp_str_from_cstr(st, "a"), "!TypeError: 'str' object cannot be interpreted as an integer"},
        {gp_int_from_i64(st, INT64_MAX),
         "!OverflowError: timestamp too large to convert to C _PyTime_t"},
    };
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        outcome(call_time("sleep", errs[i].arg), buf, sizeof buf);
        assert_string_equal(buf, errs[i].out);
        gp_decref(st, errs[i].arg);
    }
    outcome(call_time("sleep", NULL), buf, sizeof buf);
    assert_string_equal(buf, "!TypeError: time.sleep() takes exactly one argument (0 given)");
    assert_int_equal(heap_blocks(), before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_math_matches_cpython),
        cmocka_unit_test(test_constants_and_big_results),
        cmocka_unit_test(test_clocks),
        cmocka_unit_test(test_sleep),
        cmocka_unit_test(test_interrupted_sleep_resumes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
