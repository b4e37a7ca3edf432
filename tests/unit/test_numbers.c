/* int and float against CPython: ~28,000 operations whose results CPython
 * printed (number_vectors.h, made by tools/gen_number_vectors.py). */
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
#include "obj/state.h"
#include "obj/str.h"
#include "number_vectors.h"

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

/* "i123" / "f1.5" / "x4300" (10**4300 - 1) / "x4301" (10**4300) */
static GpObject *operand(const char *lit)
{
    if (lit[0] == 'i')
        return gp_int_from_str(st, lit + 1, strlen(lit + 1), 10);
    if (lit[0] == 'f')
        return gp_float_from_str(st, lit + 1, strlen(lit + 1));
    GpObject *ten = gp_int_from_i64(st, 10), *e = gp_int_from_i64(st, 4300);
    GpObject *p = gp_num_power(st, ten, e, st->none);
    gp_decref(st, ten);
    gp_decref(st, e);
    if (strcmp(lit, "x4300") == 0) {
        GpObject *one = gp_int_from_i64(st, 1);
        GpObject *r = gp_num_binary(st, p, one, GP_NB_SUB);
        gp_decref(st, one);
        gp_decref(st, p);
        return r;
    }
    return p;
}

/* repr(o), or "!Type: message" for the pending exception; into buf */
static void outcome(GpObject *o, char *buf, size_t cap)
{
    size_t len;
    if (!o) {
        GpObject *e = gp_err_fetch(st);
        GpObject *m = gp_obj_str(st, e);
        const char *u = gp_str_utf8(m, buf + 1, cap - 1, &len);
        char msg[512];
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

static GpObject *evaluate(const char *op, GpObject *a, GpObject *b)
{
    static const char *const bin[] = {"+", "-", "*", "/", "//", "%", "divmod", "<<", ">>",
                                      "&", "^", "|"};
    static const int binop[] = {GP_NB_ADD, GP_NB_SUB, GP_NB_MUL, GP_NB_TRUEDIV,
                                GP_NB_FLOORDIV, GP_NB_MOD, GP_NB_DIVMOD, GP_NB_LSHIFT,
                                GP_NB_RSHIFT, GP_NB_AND, GP_NB_XOR, GP_NB_OR};
    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
    for (size_t i = 0; i < sizeof bin / sizeof bin[0]; i++)
        if (strcmp(op, bin[i]) == 0)
            return gp_num_binary(st, a, b, binop[i]);
    for (int i = 0; i < 6; i++)
        if (strcmp(op, cmp[i]) == 0)
            return gp_obj_richcompare(st, a, b, i);
    if (strcmp(op, "**") == 0)
        return gp_num_power(st, a, b, st->none);
    if (strcmp(op, "neg") == 0)
        return gp_num_unary(st, a, GP_NB_NEG);
    if (strcmp(op, "abs") == 0)
        return gp_num_unary(st, a, GP_NB_ABS);
    if (strcmp(op, "invert") == 0)
        return gp_num_unary(st, a, GP_NB_INVERT);
    if (strcmp(op, "float") == 0)
        return a->type->num->to_float(st, a);
    if (strcmp(op, "int") == 0)
        return a->type->num->to_int(st, a);
    if (strcmp(op, "hash") == 0) {
        int is_nan = a->type == gp_type(st, GP_T_FLOAT) && GP_FLOAT(a)->v != GP_FLOAT(a)->v;
        int64_t h = is_nan ? 0 : gp_obj_hash(st, a);
        return h == -1 ? NULL : gp_int_from_i64(st, h);
    }
    fail_msg("unknown op %s", op);
    return NULL;
}

static void test_numbers_match_cpython(void **state)
{
    (void)state;
    size_t n = sizeof number_vectors / sizeof number_vectors[0], bad = 0;
    size_t before;
    {
        GpAreaStats s;
        gp_mem_flush(st->heap);
        gp_stats_area(st->img, GP_AREA_HEAP, &s);
        before = s.blocks;
    }
    static char got[16384];
    for (size_t i = 0; i < n; i++) {
        const char *op = number_vectors[i].op, *la = number_vectors[i].a;
        GpObject *a = NULL, *b = NULL, *r;
        if (strcmp(op, "int_str") == 0) {
            const char *colon = strchr(la, ':');
            r = gp_int_from_str(st, colon + 1, strlen(colon + 1), atoi(la + 1));
        } else if (strcmp(op, "float_str") == 0) {
            r = gp_float_from_str(st, la + 2, strlen(la + 2));
        } else if (strcmp(op, "repr") == 0) {
            r = operand(la);
        } else {
            a = operand(la);
            assert_non_null(a);
            if (number_vectors[i].b[0]) {
                b = operand(number_vectors[i].b);
                assert_non_null(b);
            }
            r = evaluate(op, a, b);
        }
        outcome(r, got, sizeof got);
        if (strcmp(got, number_vectors[i].out) != 0 && bad++ < 25)
            print_message("%s %s %s: got %.200s, CPython %.200s\n", la, op,
                          number_vectors[i].b, got, number_vectors[i].out);
        gp_xdecref(st, r);
        gp_xdecref(st, a);
        gp_xdecref(st, b);
        assert_false(gp_err_occurred(st));
    }
    if (bad)
        fail_msg("%zu of %zu results differ from CPython", bad, n);
    /* every result and temporary was freed */
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    assert_int_equal(s.blocks, before);
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
}

static void test_small_ints_are_static_and_shared(void **state)
{
    (void)state;
    GpObject *a = gp_int_from_str(st, "100", 3, 10);
    GpObject *fifty = gp_int_from_i64(st, 50);
    GpObject *b = gp_num_binary(st, fifty, fifty, GP_NB_ADD);
    assert_ptr_equal(a, b);     /* x = 100; y = 50 + 50; x is y */
    assert_int_equal(gp_image_area_of(st->img, a), GP_AREA_STATIC);
    GpObject *big = gp_int_from_i64(st, 257);
    assert_int_equal(gp_image_area_of(st->img, big), GP_AREA_HEAP);
    /* bool is an int: True + True == 2 */
    GpObject *two = gp_num_binary(st, st->true_, st->true_, GP_NB_ADD);
    assert_int_equal(GP_INT(two)->u.s.v, 2);
    assert_ptr_equal(two->type, gp_type(st, GP_T_INT));
    assert_int_equal(gp_obj_hash(st, st->true_), 1);
    GpObject *objs[] = {a, fifty, b, big, two};
    for (size_t i = 0; i < 5; i++)
        gp_decref(st, objs[i]);
}

static void test_big_int_limbs_live_in_the_heap(void **state)
{
    (void)state;
    GpObject *big = operand("x4300");
    assert_non_null(big);
    assert_false(gp_int_is_small(big));
    assert_int_equal(gp_image_area_of(st->img, GP_INT(big)->u.z._mp_d), GP_AREA_HEAP);
    gp_decref(st, big);
}

static void test_huge_results_raise_memory_error(void **state)
{
    (void)state;
    GpObject *two = gp_int_from_i64(st, 2), *e = gp_int_from_str(st, "1000000000000", 13, 10);
    GpObject *r = gp_num_power(st, two, e, st->none);
    assert_null(r);
    assert_true(gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR)));
    gp_err_clear(st);
    r = gp_num_binary(st, two, e, GP_NB_LSHIFT);
    assert_null(r);
    assert_true(gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR)));
    gp_err_clear(st);
    gp_decref(st, two);
    gp_decref(st, e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbers_match_cpython),
        cmocka_unit_test(test_small_ints_are_static_and_shared),
        cmocka_unit_test(test_big_int_limbs_live_in_the_heap),
        cmocka_unit_test(test_huge_results_raise_memory_error),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
