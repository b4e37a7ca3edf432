/* range against CPython (list_vectors.h, made by tools/gen_list_vectors.py):
 * reprs, lengths, hashes, items, slices, `in`, iteration forwards and
 * reversed, with start/stop/step from 0 to beyond 2**64; plus equality,
 * errors, the constructor slot and memory. */
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
#include "obj/range.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "list_vectors.h"

static GpState *st;

static int setup(void **state)
{
    (void)state;
    char err[256];
    st = gp_state_create(&(GpImageConfig){.size = 32u << 20}, err, sizeof err);
    return st ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
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

/* repr(o), or "!Type: message" for the pending exception; appended to out */
static void show(GpObject *o, char *out, size_t cap)
{
    size_t used = strlen(out), len;
    char tmp[1024];
    if (!o) {
        assert_true(gp_err_occurred(st));
        GpObject *e = gp_err_fetch(st);
        GpObject *m = gp_obj_str(st, e);
        const char *u = gp_str_utf8(m, tmp, sizeof tmp, &len);
        snprintf(out + used, cap - used, "!%s: %.*s", e->type->name, (int)len, u);
        gp_decref(st, m);
        gp_decref(st, e);
        return;
    }
    GpObject *r = gp_obj_repr(st, o);
    assert_non_null(r);
    const char *u = gp_str_utf8(r, tmp, sizeof tmp, &len);
    assert_non_null(u);
    snprintf(out + used, cap - used, "%.*s", (int)len, u);
    gp_decref(st, r);
}

static GpObject *lit(const char *s)
{
    if (strcmp(s, "N") == 0)
        return gp_incref(st->none);
    GpObject *o = gp_int_from_str(st, s, strlen(s), 10);
    assert_non_null(o);
    return o;
}

static GpObject *slice3(const char *a, const char *b, const char *c)
{
    GpObject *x = lit(a), *y = lit(b), *z = lit(c);
    GpObject *s = gp_slice_new(st, x, y, z);
    gp_decref(st, x);
    gp_decref(st, y);
    gp_decref(st, z);
    return s;
}

static GpObject *mkrange(const char *a, const char *b, const char *c)
{
    GpObject *x = lit(a), *y = lit(b), *z = lit(c);
    GpObject *r = gp_range_new(st, x, y, z);
    assert_non_null(r);
    gp_decref(st, x);
    gp_decref(st, y);
    gp_decref(st, z);
    return r;
}

/* the first three items of an iterator, "|"-separated */
static void first3(GpObject *it, char *out, size_t cap)
{
    out[0] = '\0';
    for (int i = 0; i < 3; i++) {
        GpObject *x = gp_iter_next(st, it);
        if (!x) {
            assert_false(gp_err_occurred(st));
            break;
        }
        if (i)
            strcat(out, "|");
        show(x, out, cap);
        gp_decref(st, x);
    }
}

static void test_range_vectors(void **state)
{
    (void)state;
    size_t before = heap_blocks();
    const char *idx[] = {"0", "1", "-1", "3", "-18446744073709551616"};
    const char *sl[][3] = {{"N", "N", "-1"}, {"1", "N", "2"}, {"-3", "N", "N"},
                           {"N", "N", "3"}, {"2", "-2", "-5"},
                           {"1180591620717411303424", "-1180591620717411303424",
                            "-73786976294838206464"}};
    size_t np = sizeof range_probes / sizeof range_probes[0];
    char buf[4096];
    for (size_t v = 0; v < sizeof range_vectors / sizeof range_vectors[0]; v++) {
#define RV range_vectors[v]
        GpObject *r = mkrange(RV.start, RV.stop, RV.step);
        buf[0] = '\0';
        show(r, buf, sizeof buf);
        assert_string_equal(buf, RV.repr);
        /* len() */
        ssize_t n = r->type->seq->len(st, r);
        buf[0] = '\0';
        if (n < 0)
            show(NULL, buf, sizeof buf);
        else
            snprintf(buf, sizeof buf, "%zd", n);
        if (strcmp(buf, RV.len) != 0)
            fail_msg("%s: len %s, CPython %s", RV.repr, buf, RV.len);
        if (RV.hash == 0) {
            /* fewer than two items: hash((len, start or None, None)) */
            GpRange *rr = GP_RANGE(r);
            GpObject *t = gp_tuple_pack(st, 3, rr->length, n == 1 ? rr->start : st->none,
                                        st->none);
            assert_int_equal(gp_obj_hash(st, r), gp_obj_hash(st, t));
            gp_decref(st, t);
        } else if (gp_obj_hash(st, r) != RV.hash)
            fail_msg("%s: hash %lld, CPython %lld", RV.repr, (long long)gp_obj_hash(st, r),
                     RV.hash);
        /* items and slices */
        buf[0] = '\0';
        for (size_t i = 0; i < 5; i++) {
            GpObject *k = lit(idx[i]);
            GpObject *x = gp_range_subscript(st, r, k);
            if (i)
                strcat(buf, "|");
            show(x, buf, sizeof buf);
            gp_xdecref(st, x);
            gp_decref(st, k);
        }
        if (strcmp(buf, RV.items) != 0)
            fail_msg("%s: items %s, CPython %s", RV.repr, buf, RV.items);
        buf[0] = '\0';
        for (size_t i = 0; i < sizeof sl / sizeof sl[0]; i++) {
            GpObject *s = slice3(sl[i][0], sl[i][1], sl[i][2]);
            GpObject *x = r->type->map->subscript(st, r, s);
            if (i)
                strcat(buf, "|");
            show(x, buf, sizeof buf);
            gp_xdecref(st, x);
            gp_decref(st, s);
        }
        if (strcmp(buf, RV.slices) != 0)
            fail_msg("%s: slices\n  %s\nCPython\n  %s", RV.repr, buf, RV.slices);
        /* in */
        for (size_t p = 0; p < np; p++) {
            GpObject *x = lit(range_probes[p]);
            int c = r->type->seq->contains(st, r, x);
            if (c != RV.contains[p] - '0')
                fail_msg("%s: %s in r is %d", RV.repr, range_probes[p], c);
            gp_decref(st, x);
        }
        /* iteration, both ways */
        GpObject *it = gp_obj_iter(st, r);
        first3(it, buf, sizeof buf);
        assert_string_equal(buf, RV.first);
        gp_decref(st, it);
        it = gp_range_reversed(st, r);
        first3(it, buf, sizeof buf);
        if (strcmp(buf, RV.rev) != 0)
            fail_msg("%s: reversed %s, CPython %s", RV.repr, buf, RV.rev);
        gp_decref(st, it);
        gp_decref(st, r);
#undef RV
    }
    assert_false(gp_err_occurred(st));
    assert_int_equal(heap_blocks(), before);
}

static void expect_error(GpTypeId type, const char *msg)
{
    char buf[512] = "", want[600];
    assert_true(gp_err_matches(st, gp_type(st, type)));
    show(NULL, buf, sizeof buf);
    snprintf(want, sizeof want, "!%s: %s", gp_type(st, type)->name, msg);
    assert_string_equal(buf, want);
}

static void test_equality_and_hash(void **state)
{
    (void)state;
    size_t before = heap_blocks();
    /* pairs of ranges and whether they are equal */
    const struct {
        const char *a[3], *b[3];
        int eq;
    } cases[] = {
        {{"0", "0", "1"}, {"2", "2", "1"}, 1},
        {{"0", "3", "2"}, {"0", "4", "2"}, 1},
        {{"1", "2", "5"}, {"1", "2", "7"}, 1},
        {{"1", "2", "5"}, {"2", "3", "5"}, 0},
        {{"0", "10", "2"}, {"0", "10", "3"}, 0},
        {{"0", "-5", "1"}, {"5", "0", "1"}, 1},
        {{"0", "100000000000000000000", "1"}, {"0", "100000000000000000000", "1"}, 1},
        {{"0", "100000000000000000000", "1"}, {"0", "100000000000000000001", "1"}, 0},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        GpObject *a = mkrange(cases[c].a[0], cases[c].a[1], cases[c].a[2]);
        GpObject *b = mkrange(cases[c].b[0], cases[c].b[1], cases[c].b[2]);
        assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_EQ), cases[c].eq);
        assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_NE), !cases[c].eq);
        if (cases[c].eq)
            assert_int_equal(gp_obj_hash(st, a), gp_obj_hash(st, b));
        gp_decref(st, a);
        gp_decref(st, b);
    }
    /* range(0, 10, 2)[::-1] == range(8, -2, -2) */
    GpObject *r = mkrange("0", "10", "2"), *s = slice3("N", "N", "-1");
    GpObject *rev = gp_range_subscript(st, r, s), *want = mkrange("8", "-2", "-2");
    assert_int_equal(gp_obj_richcompare_bool(st, rev, want, GP_EQ), 1);
    assert_int_equal(gp_obj_richcompare_bool(st, r, want, GP_LT), -1);
    expect_error(GP_T_TYPE_ERROR, "'<' not supported between instances of 'range' and 'range'");
    GpObject *l = gp_list_from_iterable(st, r);
    assert_int_equal(gp_obj_richcompare_bool(st, r, l, GP_EQ), 0);   /* not a list */
    gp_decref(st, l);
    GpObject *objs[] = {r, s, rev, want};
    for (size_t i = 0; i < 4; i++)
        gp_decref(st, objs[i]);
    assert_int_equal(heap_blocks(), before);
}

static void test_errors_and_constructor(void **state)
{
    (void)state;
    size_t before = heap_blocks();
    GpObject *zero = gp_int_from_i64(st, 0), *five = gp_int_from_i64(st, 5);
    GpObject *f = gp_float_from_double(st, 2.0), *s = gp_str_from_cstr(st, "x");
    assert_null(gp_range_new(st, zero, five, zero));
    expect_error(GP_T_VALUE_ERROR, "range() arg 3 must not be zero");
    assert_null(gp_range_new(st, zero, f, NULL));
    expect_error(GP_T_TYPE_ERROR, "'float' object cannot be interpreted as an integer");
    GpType *rt = gp_type(st, GP_T_RANGE);
    assert_null(rt->new_(st, GP_OBJ(rt), NULL, 0, NULL));
    expect_error(GP_T_TYPE_ERROR, "range expected at least 1 argument, got 0");
    GpObject *four[] = {zero, zero, five, five};
    assert_null(rt->new_(st, GP_OBJ(rt), four, 4, NULL));
    expect_error(GP_T_TYPE_ERROR, "range expected at most 3 arguments, got 4");
    GpObject *r = rt->new_(st, GP_OBJ(rt), &five, 1, NULL);
    char buf[256] = "";
    show(r, buf, sizeof buf);
    assert_string_equal(buf, "range(0, 5)");
    GpObject *r2 = rt->new_(st, GP_OBJ(rt), (GpObject *[]){st->true_, five, st->true_}, 3, NULL);
    buf[0] = '\0';
    show(r2, buf, sizeof buf);
    assert_string_equal(buf, "range(1, 5)");
    assert_null(gp_range_subscript(st, r, s));
    expect_error(GP_T_TYPE_ERROR, "range indices must be integers or slices, not str");
    assert_null(gp_range_subscript(st, r, five));
    expect_error(GP_T_INDEX_ERROR, "range object index out of range");
    /* non-int items are looked for by comparison: 2.0 in range(5) */
    assert_int_equal(gp_range_contains(st, r, f), 1);
    assert_int_equal(gp_range_contains(st, r, s), 0);
    assert_int_equal(gp_range_count(st, r, f), 1);
    GpObject *i = gp_range_index(st, r, f);
    buf[0] = '\0';
    show(i, buf, sizeof buf);
    assert_string_equal(buf, "2");
    gp_decref(st, i);
    assert_null(gp_range_index(st, r, five));
    expect_error(GP_T_VALUE_ERROR, "5 is not in range");
    assert_null(gp_range_index(st, r, s));
    expect_error(GP_T_VALUE_ERROR, "sequence.index(x): x not in sequence");
    GpObject *big = mkrange("0", "100000000000000000000", "3");
    GpObject *x = lit("99999999999999999999");
    i = gp_range_index(st, big, x);
    buf[0] = '\0';
    show(i, buf, sizeof buf);
    assert_string_equal(buf, "33333333333333333333");
    gp_decref(st, i);
    assert_int_equal(gp_obj_truth(st, big), 1);
    GpObject *empty = mkrange("5", "0", "1");
    assert_int_equal(gp_obj_truth(st, empty), 0);
    /* the word iterator at the edges of int64 */
    GpObject *edge = mkrange("9223372036854775805", "9223372036854775807", "1");
    GpObject *it = gp_obj_iter(st, edge);
    assert_string_equal(it->type->name, "range_iterator");
    first3(it, buf, sizeof buf);
    assert_string_equal(buf, "9223372036854775805|9223372036854775806");
    gp_decref(st, it);
    it = gp_obj_iter(st, big);
    assert_string_equal(it->type->name, "longrange_iterator");
    gp_decref(st, it);
    GpObject *objs[] = {zero, five, f, s, r, r2, big, x, empty, edge};
    for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++)
        gp_decref(st, objs[k]);
    assert_false(gp_err_occurred(st));
    assert_int_equal(heap_blocks(), before);
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_vectors),
        cmocka_unit_test(test_equality_and_hash),
        cmocka_unit_test(test_errors_and_constructor),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
