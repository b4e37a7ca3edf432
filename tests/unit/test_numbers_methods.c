/* The constructors int(), float(), bool(), the methods of int and float,
 * their attributes, round() and floor/ceil of floats against CPython 3.11: every result and
 * message CPython printed (numeric_method_vectors.h, made by
 * tools/gen_numeric_method_vectors.py), with the heap back where it
 * started afterwards. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mem/mem.h"
#include "mem/stats.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "numeric_method_vectors.h"

static GpState *st;

static int setup(void **state)
{
    (void)state;
    char err[256];
    st = gp_state_create(&(GpImageConfig){.size = 64u << 20}, err, sizeof err);
    return st ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gp_state_destroy(st);
    return 0;
}

/* a literal of the vectors (see the generator): a new reference */
static GpObject *literal(const char *lit)
{
    switch (lit[0]) {
    case 'i': return gp_int_from_str(st, lit + 1, strlen(lit + 1), 10);
    case 'f': return gp_float_from_str(st, lit + 1, strlen(lit + 1));
    case 's': return gp_str_from_utf8(st, lit + 1, strlen(lit + 1));
    case 'N': return gp_incref(st->none);
    case 'T': return gp_incref(st->true_);
    case 'F': return gp_incref(st->false_);
    case 'L': return gp_list_new(st, 0);
    }
    fail_msg("bad literal %s", lit);
    return NULL;
}

/* repr(o), or "!Type: message" for the pending exception; into buf */
static void outcome(GpObject *o, char *buf, size_t cap)
{
    size_t len;
    if (!o) {
        GpObject *e = gp_err_fetch(st);
        assert_non_null(e);
        GpObject *m = gp_obj_str(st, e);
        const char *u = gp_str_utf8(m, buf + 1, cap - 1, &len);
        char msg[1024];
        snprintf(msg, sizeof msg, "!%s: %.*s", e->type->name, (int)len, u ? u : "?");
        snprintf(buf, cap, "%s", msg);
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

static GpObject *call(GpObject *f, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (!f)
        return NULL;
    GpObject *r = gp_obj_call(st, f, args, nargs, kwnames);
    gp_decref(st, f);
    return r;
}

/* Evaluate one vector: positional arguments in args[0..npos), keyword
 * values after them, their names in kwnames. */
static GpObject *evaluate(const char *fn, GpObject **args, size_t npos, size_t nkw,
                          GpObject *kwnames)
{
    static const struct {
        const char *name;
        GpTypeId id;
    } types[] = {{"int", GP_T_INT}, {"float", GP_T_FLOAT}, {"bool", GP_T_BOOL}};
    for (size_t i = 0; i < 3; i++)
        if (strcmp(fn, types[i].name) == 0)
            return gp_obj_call(st, GP_OBJ(gp_type(st, types[i].id)), args, npos, kwnames);
    if (strcmp(fn, "round") == 0)
        return gp_num_round(st, args[0], npos > 1 ? args[1] : NULL);
    if (strcmp(fn, "floor") == 0)
        return gp_float_floor(st, args[0]);
    if (strcmp(fn, "ceil") == 0)
        return gp_float_ceil(st, args[0]);
    if (fn[0] == '@')
        return gp_obj_getattr_cstr(st, args[0], fn + 1);
    if (fn[0] == '.')
        return call(gp_obj_getattr_cstr(st, args[0], fn + 1), args + 1, npos - 1, kwnames);
    const char *dot = strchr(fn, '.');
    assert_non_null(dot);
    GpTypeId id = strncmp(fn, "int", 3) == 0 ? GP_T_INT : GP_T_FLOAT;
    (void)nkw;
    return call(gp_obj_getattr_cstr(st, GP_OBJ(gp_type(st, id)), dot + 1), args, npos, kwnames);
}

static size_t heap_blocks(void)
{
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    return s.blocks;
}

static void test_numeric_methods_match_cpython(void **state)
{
    (void)state;
    size_t n = sizeof numeric_method_vectors / sizeof numeric_method_vectors[0], bad = 0;
    size_t before = heap_blocks();
    static char got[16384];
    for (size_t i = 0; i < n; i++) {
        const char *lits[3] = {numeric_method_vectors[i].a, numeric_method_vectors[i].b,
                               numeric_method_vectors[i].c};
        GpObject *args[3], *names[3];
        size_t npos = 0, nkw = 0;
        for (size_t j = 0; j < 3 && lits[j][0]; j++) {
            if (lits[j][0] != 'k') {
                args[npos++] = literal(lits[j]);
                assert_non_null(args[npos - 1]);
                continue;
            }
            const char *eq = strchr(lits[j], '=');
            names[nkw++] = gp_str_from_utf8(st, lits[j] + 1, (size_t)(eq - lits[j] - 1));
            args[2 - (nkw - 1)] = literal(eq + 1);    /* kept at the end for now */
        }
        /* keyword values follow the positional ones */
        GpObject *kwvals[3];
        for (size_t j = 0; j < nkw; j++)
            kwvals[j] = args[2 - j];
        for (size_t j = 0; j < nkw; j++)
            args[npos + j] = kwvals[j];
        GpObject *kwnames = nkw ? gp_tuple_pack(st, nkw, names[0], nkw > 1 ? names[1] : NULL)
                                : NULL;
        GpObject *r = evaluate(numeric_method_vectors[i].fn, args, npos, nkw, kwnames);
        outcome(r, got, sizeof got);
        if (strcmp(got, numeric_method_vectors[i].out) != 0 && bad++ < 40)
            print_message("%s(%s, %s, %s): got %.200s, CPython %.200s\n",
                          numeric_method_vectors[i].fn, lits[0], lits[1], lits[2], got,
                          numeric_method_vectors[i].out);
        gp_xdecref(st, r);
        gp_xdecref(st, kwnames);
        for (size_t j = 0; j < npos + nkw; j++)
            gp_decref(st, args[j]);
        for (size_t j = 0; j < nkw; j++)
            gp_decref(st, names[j]);
        assert_false(gp_err_occurred(st));
    }
    if (bad)
        fail_msg("%zu of %zu results differ from CPython", bad, n);
    assert_int_equal(heap_blocks(), before);
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
}

/* Calling the types gives the shared objects CPython gives. */
static void test_constructors_share_objects(void **state)
{
    (void)state;
    GpObject *r = gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_BOOL)), NULL, 0, NULL);
    assert_ptr_equal(r, st->false_);
    gp_decref(st, r);
    GpObject *seven = gp_int_from_i64(st, 7);
    r = gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_BOOL)), &seven, 1, NULL);
    assert_ptr_equal(r, st->true_);
    gp_decref(st, r);
    r = gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_INT)), NULL, 0, NULL);
    assert_ptr_equal(r, st->small_ints[0 - GP_SMALLINT_MIN]);
    gp_decref(st, r);
    r = gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_INT)), &seven, 1, NULL);
    assert_ptr_equal(r, seven);     /* int(x) is x for an int */
    gp_decref(st, r);
    GpObject *t = gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_INT)), &st->true_, 1, NULL);
    assert_ptr_equal(t->type, gp_type(st, GP_T_INT));   /* int(True) is a plain 1 */
    gp_decref(st, t);
    GpObject *f = gp_float_from_double(st, 2.5);
    r = gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_FLOAT)), &f, 1, NULL);
    assert_ptr_equal(r, f);
    gp_decref(st, r);
    gp_decref(st, f);
    gp_decref(st, seven);
}

/* A NUL ends no text: int("1\0") and float("1\0") fail as CPython's do
 * (the vectors, being C strings, cannot hold one). */
static void test_nul_in_text(void **state)
{
    (void)state;
    GpObject *s = gp_str_from_utf8(st, "1\0", 2);
    char buf[256];
    outcome(gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_INT)), &s, 1, NULL), buf, sizeof buf);
    assert_string_equal(buf, "!ValueError: invalid literal for int() with base 10: '1\\x00'");
    outcome(gp_obj_call(st, GP_OBJ(gp_type(st, GP_T_FLOAT)), &s, 1, NULL), buf, sizeof buf);
    assert_string_equal(buf, "!ValueError: could not convert string to float: '1\\x00'");
    gp_decref(st, s);
}

/* math.floor(1e300) is exact: a big int. */
static void test_floor_of_huge_floats_is_big(void **state)
{
    (void)state;
    GpObject *f = gp_float_from_double(st, 1e300);
    GpObject *r = gp_float_floor(st, f);
    assert_false(gp_int_is_small(r));
    char buf[512];
    outcome(r, buf, sizeof buf);
    assert_int_equal(strlen(buf), 301);
    assert_memory_equal(buf, "1000000000000000052504760255204420248704468581108159154915854",
                        61);
    gp_decref(st, r);
    gp_decref(st, f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numeric_methods_match_cpython),
        cmocka_unit_test(test_constructors_share_objects),
        cmocka_unit_test(test_floor_of_huge_floats_is_big),
        cmocka_unit_test(test_nul_in_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
