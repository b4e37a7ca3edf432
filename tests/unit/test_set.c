/* set and frozenset: table order, frozenset hashes and the set algebra
 * against CPython (dict_vectors.h, made by tools/gen_dict_vectors.py with
 * PYTHONHASHSEED=0), a shadow model, errors, iteration, memory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "objtest.h"

#include "mem/mem.h"
#include "mem/stats.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/set.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "dict_vectors.h"

static GpState *make_state(size_t size)
{
    char err[256];
    GpState *st = gp_state_create(&(GpImageConfig){.size = size}, err, sizeof err);
    if (!st)
        fail_msg("gp_state_create: %s", err);
    if (gp_hash_init_key("0", &st->hash_key, err) != 0)
        fail_msg("gp_hash_init_key: %s", err);
    return st;
}

static void assert_repr(GpState *st, GpObject *o, const char *want)
{
    GpObject *r = gp_obj_repr(st, o);
    if (!r)
        fail_msg("repr raised (want %s)", want);
    char buf[8192];
    size_t len;
    const char *u = gp_str_utf8(r, buf, sizeof buf, &len);
    assert_non_null(u);
    if (len != strlen(want) || memcmp(u, want, len) != 0)
        fail_msg("repr: got %.*s\n   want %s", (int)len, u, want);
    gp_decref(st, r);
}

static void assert_raised(GpState *st, GpTypeId t, const char *want)
{
    assert_non_null(st->exc);
    assert_true(gp_err_matches(st, gp_type(st, t)));
    GpObject *e = gp_err_fetch(st);
    assert_repr(st, e, want);
    gp_decref(st, e);
}

static GpObject *i64(GpState *st, int64_t v)
{
    GpObject *o = gp_int_from_i64(st, v);
    assert_non_null(o);
    return o;
}

static uint64_t xrand(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1Dull;
}

/* ---- the vectors' little language (see tools/gen_dict_vectors.py) ---- */

static GpObject *parse_value(GpState *st, const char *t, size_t n)
{
    GpObject *o = NULL;
    switch (t[0]) {
    case 'i': o = gp_int_from_str(st, t + 1, n - 1, 10); break;
    case 'f': o = gp_float_from_str(st, t + 1, n - 1); break;
    case 's': o = gp_str_from_utf8(st, t + 1, n - 1); break;
    case 'T': o = gp_incref(st->true_); break;
    case 'Z': {
        o = gp_frozenset_new(st, NULL);
        assert_non_null(o);
        for (size_t i = 1; i < n;) {
            size_t j = i;
            while (j < n && t[j] != ',')
                j++;
            GpObject *x = gp_int_from_str(st, t + i, j - i, 10);
            assert_non_null(x);
            assert_int_equal(gp_set_add(st, o, x), 0);
            gp_decref(st, x);
            i = j + 1;
        }
        break;
    }
    default: fail_msg("bad token %.*s", (int)n, t);
    }
    assert_non_null(o);
    return o;
}

static GpObject *run_set_ops(GpState *st, const char *ops)
{
    GpObject *s = gp_set_new(st, NULL);
    assert_non_null(s);
    for (const char *p = ops; *p;) {
        size_t n = strcspn(p, " ");
        char op = p[0];
        if (op == '+' || op == '-') {
            GpObject *k = parse_value(st, p + 1, n - 1);
            if (op == '+')
                assert_int_equal(gp_set_add(st, s, k), 0);
            else
                assert_true(gp_set_discard(st, s, k) >= 0);
            gp_decref(st, k);
        } else if (op == 'P') {
            if (gp_set_size(s)) {
                GpObject *k = gp_set_pop(st, s);
                assert_non_null(k);
                gp_decref(st, k);
            }
        } else {
            assert_int_equal(op, 'C');
            gp_set_clear(st, s);
        }
        p += n;
        while (*p == ' ')
            p++;
    }
    return s;
}

static void test_order_and_frozenset_hash_match_cpython(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    for (size_t i = 0; i < sizeof set_vectors / sizeof set_vectors[0]; i++) {
        GpObject *s = run_set_ops(st, set_vectors[i].ops);
        assert_repr(st, s, set_vectors[i].repr);
        GpObject *f = gp_frozenset_new(st, s);
        assert_non_null(f);
        assert_repr(st, f, set_vectors[i].frepr);
        int64_t h = gp_obj_hash(st, f);
        if (h != set_vectors[i].fhash)
            fail_msg("vector %zu: hash %lld, want %lld", i, (long long)h,
                     (long long)set_vectors[i].fhash);
        assert_int_equal(gp_obj_hash(st, f), h);   /* cached */
        assert_int_equal(gp_obj_richcompare_bool(st, f, s, GP_EQ), 1);
        gp_decref(st, f);
        gp_decref(st, s);
    }
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

static void test_algebra_matches_cpython(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    for (size_t i = 0; i < sizeof algebra_vectors / sizeof algebra_vectors[0]; i++) {
        GpObject *a = run_set_ops(st, algebra_vectors[i].a);
        GpObject *b = run_set_ops(st, algebra_vectors[i].b);
        GpObject *r;
        r = gp_num_binary(st, a, b, GP_NB_OR);
        assert_repr(st, r, algebra_vectors[i].or_);
        gp_decref(st, r);
        r = gp_num_binary(st, a, b, GP_NB_AND);
        assert_repr(st, r, algebra_vectors[i].and_);
        gp_decref(st, r);
        r = gp_num_binary(st, a, b, GP_NB_SUB);
        assert_repr(st, r, algebra_vectors[i].sub);
        gp_decref(st, r);
        r = gp_num_binary(st, a, b, GP_NB_XOR);
        assert_repr(st, r, algebra_vectors[i].xor_);
        gp_decref(st, r);

        int (*inplace[])(GpState *, GpObject *, GpObject *) = {
            gp_set_update, gp_set_intersection_update, gp_set_difference_update,
            gp_set_symmetric_difference_update};
        const char *want[] = {algebra_vectors[i].ior, algebra_vectors[i].iand,
                              algebra_vectors[i].isub, algebra_vectors[i].ixor};
        for (int j = 0; j < 4; j++) {
            GpObject *x = gp_set_copy(st, a);
            assert_int_equal(inplace[j](st, x, b), 0);
            assert_repr(st, x, want[j]);
            gp_decref(st, x);
        }
        GpObject *fa = gp_frozenset_new(st, a);
        r = gp_set_union(st, fa, b);
        assert_repr(st, r, algebra_vectors[i].for_);
        gp_decref(st, r);
        gp_decref(st, fa);

        static const int ops[] = {GP_LT, GP_LE, GP_EQ, GP_NE, GP_GT, GP_GE};
        int cmp = 0;
        for (int j = 0; j < 6; j++) {
            int t = gp_obj_richcompare_bool(st, a, b, ops[j]);
            assert_true(t >= 0);
            cmp |= t << j;
        }
        int dis = gp_set_isdisjoint(st, a, b);
        cmp |= dis << 6;
        assert_int_equal(cmp, algebra_vectors[i].cmp);
        assert_int_equal(gp_set_issubset(st, a, b), (cmp >> 1) & 1);
        assert_int_equal(gp_set_issuperset(st, a, b), (cmp >> 5) & 1);
        /* the same against non-set iterables: a dict's keys, a tuple */
        GpObject *d = gp_dict_new(st), *t = gp_tuple_new(st, gp_set_size(b));
        size_t pos = 0, n = 0;
        GpObject *k;
        while (gp_set_next(b, &pos, &k, NULL)) {
            assert_int_equal(gp_dict_set(st, d, k, st->none), 0);
            ((GpTuple *)t)->items[n++] = gp_incref(k);
        }
        assert_int_equal(gp_set_issubset(st, a, t), (cmp >> 1) & 1);
        assert_int_equal(gp_set_issuperset(st, a, d), (cmp >> 5) & 1);
        assert_int_equal(gp_set_isdisjoint(st, a, t), dis);
        r = gp_set_difference(st, a, d);
        assert_repr(st, r, algebra_vectors[i].sub);
        gp_decref(st, r);
        r = gp_set_union(st, a, d);
        GpObject *r2 = gp_num_binary(st, a, b, GP_NB_OR);
        assert_int_equal(gp_obj_richcompare_bool(st, r, r2, GP_EQ), 1);
        gp_decref(st, r);
        gp_decref(st, r2);
        gp_decref(st, d);
        gp_decref(st, t);
        gp_decref(st, a);
        gp_decref(st, b);
    }
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- basics and errors ------------------------------------------------------ */

static void test_elements_and_errors(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *s = gp_set_new(st, NULL), *f = gp_frozenset_new(st, NULL);
    assert_repr(st, s, "set()");
    assert_repr(st, f, "frozenset()");
    assert_int_equal(gp_obj_truth(st, s), 0);
    GpObject *one = i64(st, 1), *onef = gp_float_from_double(st, 1.0);
    GpObject *x = gp_str_from_cstr(st, "x");
    assert_int_equal(gp_set_add(st, s, one), 0);
    assert_int_equal(gp_set_add(st, s, onef), 0);
    assert_int_equal(gp_set_add(st, s, st->true_), 0);
    assert_int_equal(gp_set_add(st, s, x), 0);
    assert_int_equal(gp_set_size(s), 2);
    assert_int_equal(gp_obj_truth(st, s), 1);
    assert_repr(st, s, "{1, 'x'}");
    assert_int_equal(gp_set_contains(st, s, onef), 1);
    assert_int_equal(s->type->seq->contains(st, s, x), 1);

    /* KeyError(key) for remove, a message for pop */
    GpObject *y = gp_str_from_cstr(st, "y");
    assert_int_equal(gp_set_remove(st, s, y), -1);
    assert_raised(st, GP_T_KEY_ERROR, "KeyError('y')");
    assert_int_equal(gp_set_discard(st, s, y), 0);
    assert_int_equal(gp_set_remove(st, s, x), 0);
    GpObject *p = gp_set_pop(st, s);
    assert_ptr_equal(p, one);
    gp_decref(st, p);
    assert_null(gp_set_pop(st, s));
    assert_raised(st, GP_T_KEY_ERROR, "KeyError('pop from an empty set')");

    /* unhashable elements; a set is looked up as a frozenset */
    GpObject *d = gp_dict_new(st);
    assert_int_equal(gp_set_add(st, s, d), -1);
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"unhashable type: 'dict'\")");
    assert_int_equal(gp_set_add(st, s, s), -1);
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"unhashable type: 'set'\")");
    assert_int_equal(gp_obj_hash(st, s), -1);
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"unhashable type: 'set'\")");
    assert_int_equal(gp_set_contains(st, s, d), -1);
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"unhashable type: 'dict'\")");
    GpObject *inner = gp_set_new(st, NULL);
    assert_int_equal(gp_set_add(st, inner, one), 0);
    GpObject *fin = gp_frozenset_new(st, inner);
    assert_int_equal(gp_set_add(st, s, fin), 0);
    assert_int_equal(gp_set_contains(st, s, inner), 1);
    assert_repr(st, s, "{frozenset({1})}");
    assert_int_equal(gp_set_remove(st, s, inner), 0);
    assert_int_equal(gp_set_size(s), 0);

    /* frozenset(frozenset) and copy of a frozenset are the object itself */
    GpObject *g = gp_frozenset_new(st, fin);
    assert_ptr_equal(g, fin);
    gp_decref(st, g);
    g = gp_set_copy(st, fin);
    assert_ptr_equal(g, fin);
    gp_decref(st, g);
    /* frozenset({1}) == {1}; frozenset() hashes as CPython's */
    assert_int_equal(gp_obj_richcompare_bool(st, fin, inner, GP_EQ), 1);
    assert_int_equal(gp_obj_hash(st, f), 133146708735736);
    /* comparisons with a non-set are NotImplemented: == falls back to identity */
    assert_int_equal(gp_obj_richcompare_bool(st, s, d, GP_EQ), 0);
    assert_null(gp_obj_richcompare(st, s, one, GP_LT));
    assert_raised(st, GP_T_TYPE_ERROR,
                  "TypeError(\"'<' not supported between instances of 'set' and 'int'\")");

    /* sets from other iterables */
    GpObject *t = gp_tuple_pack(st, 3, x, one, x);
    GpObject *ts = gp_set_new(st, t);
    assert_int_equal(gp_set_size(ts), 2);
    assert_null(gp_set_new(st, one));
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"'int' object is not iterable\")");

    GpObject *objs[] = {s, f, one, onef, x, y, d, inner, fin, t, ts};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- a shadow model ------------------------------------------------------------ */

static GpObject *make_key(GpState *st, int cls, uint64_t r)
{
    GpObject *o;
    if (cls < 200) {
        switch (r % 3) {
        case 0: o = gp_int_from_i64(st, cls); break;
        case 1: o = gp_float_from_double(st, cls); break;
        default: o = cls == 1 ? gp_incref(st->true_) : gp_int_from_i64(st, cls); break;
        }
    } else if (cls < 400) {
        o = gp_int_from_i64(st, (int64_t)GP_HASH_MODULUS + (cls - 200));
    } else {
        static const char *const prefix[] = {"k", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80"};
        char buf[32];
        snprintf(buf, sizeof buf, "%s%d", prefix[cls % 4], cls);
        o = gp_str_from_cstr(st, buf);
    }
    assert_non_null(o);
    return o;
}

static void test_random_operations_match_a_shadow_model(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    enum { NCLASS = 800 };
    static GpObject *shadow[NCLASS];
    memset(shadow, 0, sizeof shadow);
    size_t n = 0;
    GpObject *s = gp_set_new(st, NULL);
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    for (int op = 0; op < 30000; op++) {
        uint64_t r = xrand(&seed);
        int span = op < 10000 ? 30 + op / 15 : op < 20000 ? 80 : NCLASS;
        int cls = (int)(r % (uint64_t)(span < NCLASS ? span : NCLASS));
        GpObject *k = make_key(st, cls, r >> 40);
        uint64_t what = (r >> 20) % 100;
        if (op >= 10000 && op < 20000)
            what = what < 35 ? 0 : 50;
        if (what < 45) {
            assert_int_equal(gp_set_add(st, s, k), 0);
            if (!shadow[cls]) {
                shadow[cls] = gp_incref(k);
                n++;
            }
        } else if (what < 75) {
            int rv = gp_set_discard(st, s, k);
            assert_int_equal(rv, shadow[cls] != NULL);
            if (shadow[cls]) {
                gp_decref(st, shadow[cls]);
                shadow[cls] = NULL;
                n--;
            }
        } else if (what < 98) {
            assert_int_equal(gp_set_contains(st, s, k), shadow[cls] != NULL);
        } else if (n) {
            GpObject *p = gp_set_pop(st, s);
            assert_non_null(p);
            int found = 0;
            for (int c = 0; c < NCLASS; c++)
                if (shadow[c] == p) {   /* the set keeps the first object */
                    gp_decref(st, shadow[c]);
                    shadow[c] = NULL;
                    found = 1;
                }
            assert_true(found);
            n--;
            gp_decref(st, p);
        }
        gp_decref(st, k);
        assert_int_equal(gp_set_size(s), n);
        GpSet *so = GP_SET(s);
        assert_true(so->fill * 5 < so->mask * 3 || so->mask == GP_SET_MINSIZE - 1);
        if (op % 1000 == 999) {
            size_t pos = 0, m = 0;
            GpObject *key;
            while (gp_set_next(s, &pos, &key, NULL)) {
                int found = 0;
                for (int c = 0; c < NCLASS && !found; c++)
                    found = shadow[c] == key;
                assert_true(found);
                m++;
            }
            assert_int_equal(m, n);
        }
    }
    for (int c = 0; c < NCLASS; c++)
        gp_xdecref(st, shadow[c]);
    gp_decref(st, s);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- iteration, repr guard, memory ------------------------------------------------ */

static void test_iteration_detects_changes(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *s = gp_set_new(st, NULL);
    GpObject *k[5];
    for (int i = 0; i < 5; i++) {
        k[i] = i64(st, 1000 + i);
        assert_int_equal(gp_set_add(st, s, k[i]), 0);
    }
    GpObject *it = s->type->iter(st, s);
    assert_ptr_equal(it->type, gp_type(st, GP_T_SET_ITER));
    int seen = 0;
    GpObject *x;
    while ((x = it->type->iternext(st, it))) {
        seen++;
        gp_decref(st, x);
    }
    assert_null(st->exc);
    assert_int_equal(seen, 5);
    gp_decref(st, it);

    it = gp_set_iter(st, s);
    x = it->type->iternext(st, it);
    gp_decref(st, x);
    assert_int_equal(gp_set_discard(st, s, k[3]), 1);
    assert_null(it->type->iternext(st, it));
    assert_raised(st, GP_T_RUNTIME_ERROR, "RuntimeError('Set changed size during iteration')");
    assert_int_equal(gp_set_add(st, s, k[3]), 0);
    assert_null(it->type->iternext(st, it));   /* sticky */
    assert_raised(st, GP_T_RUNTIME_ERROR, "RuntimeError('Set changed size during iteration')");
    gp_decref(st, it);
    gp_decref(st, s);
    for (int i = 0; i < 5; i++)
        gp_decref(st, k[i]);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

static void test_memory_error_while_growing(void **state)
{
    (void)state;
    GpState *st = make_state(2u << 20);
    size_t before = heap_blocks(st);
    GpObject *s = gp_set_new(st, NULL);
    int64_t n = 0;
    int set_failed = 0;
    for (;;) {
        GpObject *k = gp_int_from_i64(st, 1000 + n);
        if (!k) {
            gp_err_clear(st);
            break;
        }
        int r = gp_set_add(st, s, k);
        gp_decref(st, k);
        if (r != 0) {
            assert_true(gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR)));
            gp_err_clear(st);
            set_failed = 1;
            break;
        }
        n++;
    }
    assert_true(set_failed);
    assert_true(n > 1000);
    assert_int_equal(gp_set_size(s), n);
    for (int64_t i = 0; i <= n; i += 5) {
        GpObject *k = i64(st, 1000 + i);
        assert_int_equal(gp_set_contains(st, s, k), i < n);
        gp_decref(st, k);
    }
    gp_set_clear(st, s);
    for (int64_t i = 0; i < 1000; i++) {
        GpObject *k = i64(st, -i - 10);
        assert_int_equal(gp_set_add(st, s, k), 0);
        gp_decref(st, k);
    }
    assert_int_equal(gp_set_size(s), 1000);
    gp_decref(st, s);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_elements_and_errors),
        cmocka_unit_test(test_order_and_frozenset_hash_match_cpython),
        cmocka_unit_test(test_algebra_matches_cpython),
        cmocka_unit_test(test_random_operations_match_a_shadow_model),
        cmocka_unit_test(test_iteration_detects_changes),
        cmocka_unit_test(test_memory_error_while_growing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
