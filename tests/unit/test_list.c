/* list, slice, tuple extensions and the iteration protocol: operation
 * sequences against a shadow model, slicing and slice assignment against
 * CPython's results (list_vectors.h, made by tools/gen_list_vectors.py),
 * growth (sys.getsizeof) step by step, sort stability, error messages,
 * reprs, and memory: everything freed, MemoryError in a small image. */
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
#include "obj/error.h"
#include "obj/int.h"
#include "obj/iter.h"
#include "obj/list.h"
#include "obj/range.h"
#include "obj/slice.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "list_vectors.h"

static GpState *make_state(size_t size)
{
    char err[256];
    GpState *st = gp_state_create(&(GpImageConfig){.size = size}, err, sizeof err);
    if (!st)
        fail_msg("gp_state_create: %s", err);
    return st;
}

static void check_heap(GpState *st)
{
    char err[256];
    if (gp_stats_check(st->img, err, sizeof err) != 0)
        fail_msg("gp_stats_check: %s", err);
}

/* the UTF-8 of a str into buf */
static const char *utf8(GpObject *s, char *buf, size_t cap)
{
    size_t len;
    const char *u = gp_str_utf8(s, buf, cap, &len);
    assert_non_null(u);
    if (u != buf) {
        assert_true(len < cap);
        memcpy(buf, u, len);
    }
    buf[len] = '\0';
    return buf;
}

/* repr(o), or "!Type: message" when o is NULL (the pending exception) */
static const char *show(GpState *st, GpObject *o, char *buf, size_t cap)
{
    if (!o) {
        assert_true(gp_err_occurred(st));
        GpObject *e = gp_err_fetch(st);
        GpObject *m = gp_obj_str(st, e);
        char msg[512];
        snprintf(buf, cap, "!%s: %s", e->type->name, utf8(m, msg, sizeof msg));
        gp_decref(st, m);
        gp_decref(st, e);
        return buf;
    }
    GpObject *r = gp_obj_repr(st, o);
    assert_non_null(r);
    utf8(r, buf, cap);
    gp_decref(st, r);
    return buf;
}

#define ASSERT_REPR(st, o, text) do {                                           \
        char b_[4096];                                                          \
        assert_string_equal(show((st), (o), b_, sizeof b_), (text));            \
    } while (0)

/* The pending exception must be `type` with message msg; clears it. */
static void expect_error(GpState *st, GpTypeId type, const char *msg)
{
    assert_true(gp_err_occurred(st));
    assert_true(gp_err_matches(st, gp_type(st, type)));
    char buf[512], want[600];
    snprintf(want, sizeof want, "!%s: %s", gp_type(st, type)->name, msg);
    assert_string_equal(show(st, NULL, buf, sizeof buf), want);
}

/* "N" -> None, else a decimal int; a new reference */
static GpObject *lit(GpState *st, const char *s)
{
    if (strcmp(s, "N") == 0)
        return gp_incref(st->none);
    GpObject *o = gp_int_from_str(st, s, strlen(s), 10);
    assert_non_null(o);
    return o;
}

static GpObject *slice_of(GpState *st, const char *a, const char *b, const char *c)
{
    GpObject *x = lit(st, a), *y = lit(st, b), *z = lit(st, c);
    GpObject *s = gp_slice_new(st, x, y, z);
    assert_non_null(s);
    gp_decref(st, x);
    gp_decref(st, y);
    gp_decref(st, z);
    return s;
}

static GpObject *int_(GpState *st, int64_t v)
{
    GpObject *o = gp_int_from_i64(st, v);
    assert_non_null(o);
    return o;
}

/* [lo, lo + 1, ..., lo + n - 1] */
static GpObject *int_list(GpState *st, int64_t lo, size_t n)
{
    GpObject *l = gp_list_new(st, n);
    assert_non_null(l);
    for (size_t i = 0; i < n; i++)
        gp_list_init_item(l, i, int_(st, lo + (int64_t)i));
    return l;
}

static uint64_t rnd(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1Dull;
}

static int64_t ival(GpObject *o)
{
    assert_true(gp_int_is_small(o));
    return GP_INT(o)->u.s.v;
}

/* ---- slicing against CPython -------------------------------------------------------- */

static void test_slice_vectors(void **state)
{
    (void)state;
    GpState *st = make_state(32u << 20);
    size_t before = heap_blocks(st);
    char buf[512];
    for (size_t v = 0; v < sizeof slice_vectors / sizeof slice_vectors[0]; v++) {
        GpObject *l = int_list(st, 0, (size_t)slice_vectors[v].n);
        GpObject *s = slice_of(st, slice_vectors[v].start, slice_vectors[v].stop,
                               slice_vectors[v].step);
        ssize_t a, b, c, n;
        if (gp_slice_indices(st, s, slice_vectors[v].n, &a, &b, &c, &n) == 0)
            snprintf(buf, sizeof buf, "%zd %zd %zd %zd", a, b, c, n);
        else
            show(st, NULL, buf, sizeof buf);
        if (strcmp(buf, slice_vectors[v].indices) != 0)
            fail_msg("vector %zu: indices %s, CPython %s", v, buf, slice_vectors[v].indices);
        GpObject *r = gp_list_get_slice(st, l, s);
        if (strcmp(show(st, r, buf, sizeof buf), slice_vectors[v].result) != 0)
            fail_msg("vector %zu: list slice %s, CPython %s", v, buf, slice_vectors[v].result);
        gp_xdecref(st, r);
        /* the same through the subscript slot, a tuple, and a range */
        r = l->type->map->subscript(st, l, s);
        assert_string_equal(show(st, r, buf, sizeof buf), slice_vectors[v].result);
        gp_xdecref(st, r);
        GpObject *t = gp_list_as_tuple(st, l);
        GpObject *ts = t->type->map->subscript(st, t, s);
        GpObject *tl = ts ? gp_list_from_iterable(st, ts) : NULL;
        assert_string_equal(show(st, tl, buf, sizeof buf), slice_vectors[v].result);
        gp_xdecref(st, tl);
        gp_xdecref(st, ts);
        gp_decref(st, t);
        GpObject *zero = int_(st, 0), *len = int_(st, slice_vectors[v].n);
        GpObject *rg = gp_range_new(st, zero, len, NULL);
        GpObject *rs = gp_range_subscript(st, rg, s);
        GpObject *rl = rs ? gp_list_from_iterable(st, rs) : NULL;
        assert_string_equal(show(st, rl, buf, sizeof buf), slice_vectors[v].result);
        gp_xdecref(st, rl);
        gp_xdecref(st, rs);
        gp_decref(st, rg);
        gp_decref(st, len);
        gp_decref(st, zero);
        gp_decref(st, s);
        gp_decref(st, l);
    }
    assert_int_equal(heap_blocks(st), before);
    check_heap(st);
    gp_state_destroy(st);
}

static void test_assign_vectors(void **state)
{
    (void)state;
    GpState *st = make_state(32u << 20);
    size_t before = heap_blocks(st);
    char buf[512], got[600];
    for (size_t v = 0; v < sizeof assign_vectors / sizeof assign_vectors[0]; v++) {
        /* list(range(n)), allocated as CPython does */
        GpObject *zero = int_(st, 0), *len = int_(st, assign_vectors[v].n);
        GpObject *rg = gp_range_new(st, zero, len, NULL);
        GpObject *l = gp_list_from_iterable(st, rg);
        gp_decref(st, rg);
        gp_decref(st, len);
        gp_decref(st, zero);
        GpObject *s = slice_of(st, assign_vectors[v].start, assign_vectors[v].stop,
                               assign_vectors[v].step);
        int rc;
        if (assign_vectors[v].k < 0) {
            rc = gp_list_del_slice(st, l, s);
        } else {
            GpObject *val = int_list(st, 100, (size_t)assign_vectors[v].k);
            rc = l->type->map->ass_subscript(st, l, s, val);
            gp_decref(st, val);
        }
        if (rc == 0)
            snprintf(got, sizeof got, "%s %zu", show(st, l, buf, sizeof buf),
                     gp_list_sizeof(l) + 16);
        else
            show(st, NULL, got, sizeof got);
        if (strcmp(got, assign_vectors[v].result) != 0)
            fail_msg("vector %zu: l=list(range(%d)); l[%s:%s:%s] = %d items: %s, CPython %s", v,
                     assign_vectors[v].n, assign_vectors[v].start, assign_vectors[v].stop,
                     assign_vectors[v].step, assign_vectors[v].k, got,
                     assign_vectors[v].result);
        gp_decref(st, s);
        gp_decref(st, l);
    }
    assert_int_equal(heap_blocks(st), before);
    check_heap(st);
    gp_state_destroy(st);
}

/* ---- growth: sys.getsizeof as CPython ----------------------------------------------------- */

static void grow_op(GpState *st, GpObject *l, const char *ops, int step)
{
    GpObject *x = int_(st, 1000), *r = NULL;
    int rc = 0;
    if (strcmp(ops, "append") == 0) {
        rc = gp_list_append(st, l, x);
    } else if (strcmp(ops, "pop") == 0) {
        if (step == 0) {
            GpObject *z = gp_list_repeat(st, (r = gp_list_from_array(st, &x, 1)), 100);
            rc = gp_list_extend(st, l, z);
            gp_decref(st, z);
        } else {
            gp_decref(st, gp_list_pop(st, l, -1));
        }
    } else if (strcmp(ops, "insert0") == 0) {
        rc = gp_list_insert(st, l, 0, x);
    } else if (strcmp(ops, "extend3") == 0) {
        GpObject *t = gp_tuple_pack(st, 3, x, x, x);
        rc = gp_list_extend(st, l, t);
        gp_decref(st, t);
    } else if (strcmp(ops, "extend_range7") == 0) {
        GpObject *a = int_(st, 0), *b = int_(st, 7);
        r = gp_range_new(st, a, b, NULL);
        rc = gp_list_extend(st, l, r);
        gp_decref(st, a);
        gp_decref(st, b);
    } else if (strcmp(ops, "del_front") == 0) {
        if (step == 0) {
            GpObject *a = int_(st, 0), *b = int_(st, 64);
            r = gp_range_new(st, a, b, NULL);
            rc = gp_list_extend(st, l, r);
            gp_decref(st, a);
            gp_decref(st, b);
        } else {
            rc = gp_list_del(st, l, 0);
        }
    } else {
        fail_msg("unknown op %s", ops);
    }
    assert_int_equal(rc, 0);
    gp_xdecref(st, r);
    gp_decref(st, x);
}

static void test_growth_as_cpython(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    for (size_t v = 0; v < sizeof growth_vectors / sizeof growth_vectors[0]; v++) {
        GpObject *l = gp_list_new(st, 0);
        for (int i = 0; i < growth_vectors[v].n; i++) {
            grow_op(st, l, growth_vectors[v].ops, i);
            if ((int)(gp_list_sizeof(l) + 16) != growth_vectors[v].sizes[i])
                fail_msg("%s step %d: getsizeof %zu, CPython %d", growth_vectors[v].ops, i,
                         gp_list_sizeof(l) + 16, growth_vectors[v].sizes[i]);
        }
        gp_decref(st, l);
    }
    for (size_t v = 0; v < sizeof made_sizes / sizeof made_sizes[0]; v++) {
        int n = made_sizes[v][0];
        GpObject *a = int_(st, 0), *b = int_(st, n), *zero = int_(st, 0);
        GpObject *r = gp_range_new(st, a, b, NULL);
        GpObject *l = gp_list_from_iterable(st, r);
        assert_int_equal(gp_list_sizeof(l) + 16, made_sizes[v][1]);
        GpObject *one = gp_list_from_array(st, &zero, 1);
        GpObject *rep = gp_list_repeat(st, one, n);
        assert_int_equal(gp_list_sizeof(rep) + 16, made_sizes[v][2]);
        GpObject *s = slice_of(st, "N", "N", "2");
        GpObject *half = gp_list_get_slice(st, l, s);
        assert_int_equal(gp_list_sizeof(half) + 16, made_sizes[v][3]);
        GpObject *objs[] = {a, b, zero, r, l, one, rep, s, half};
        for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
            gp_decref(st, objs[i]);
    }
    assert_int_equal(heap_blocks(st), before);
    gp_state_destroy(st);
}

/* ---- operation sequences against a shadow model ---------------------------------------- */

#define SHADOW_MAX 4096

typedef struct Shadow {
    int64_t v[SHADOW_MAX];
    ssize_t n;
} Shadow;

static void shadow_check(GpObject *l, const Shadow *sh, int step)
{
    if ((ssize_t)gp_list_size(l) != sh->n)
        fail_msg("step %d: size %zu, model %zd", step, gp_list_size(l), sh->n);
    assert_true(GP_LIST(l)->allocated >= sh->n);
    for (ssize_t i = 0; i < sh->n; i++)
        if (ival(gp_list_item(l, (size_t)i)) != sh->v[i])
            fail_msg("step %d: item %zd is %lld, model %lld", step, i,
                     (long long)ival(gp_list_item(l, (size_t)i)), (long long)sh->v[i]);
}

/* Python's index normalisation for insert */
static ssize_t clamp_insert(ssize_t where, ssize_t n)
{
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    return where > n ? n : where;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static void test_shadow_model(void **state)
{
    (void)state;
    GpState *st = make_state(32u << 20);
    size_t before = heap_blocks(st);
    static Shadow sh;
    sh.n = 0;
    GpObject *l = gp_list_new(st, 0);
    uint64_t seed = 0x1234567;
    for (int step = 0; step < 20000; step++) {
        uint64_t r = rnd(&seed);
        int op = (int)(r % 14);
        /* values 1000.. are heap ints: a reference error shows under ASan */
        int64_t val = 1000 + (int64_t)((r >> 8) % 40);
        ssize_t idx = (ssize_t)((r >> 20) % (uint64_t)(sh.n + 7)) - 3 - (sh.n / 2);
        if (sh.n > 3000 && op < 4)
            op = 6;
        switch (op) {
        case 0: case 1: {
            GpObject *x = int_(st, val);
            assert_int_equal(gp_list_append(st, l, x), 0);
            gp_decref(st, x);
            sh.v[sh.n++] = val;
            break;
        }
        case 2: {
            GpObject *x = int_(st, val);
            assert_int_equal(gp_list_insert(st, l, idx * 3, x), 0);
            gp_decref(st, x);
            ssize_t w = clamp_insert(idx * 3, sh.n);
            memmove(&sh.v[w + 1], &sh.v[w], (size_t)(sh.n - w) * sizeof sh.v[0]);
            sh.v[w] = val;
            sh.n++;
            break;
        }
        case 3: {   /* extend with itself, or with l[1::2] */
            GpObject *src;
            if (r & 0x100) {
                src = gp_incref(l);
            } else {
                GpObject *s = slice_of(st, "1", "N", "2");
                src = gp_list_get_slice(st, l, s);
                gp_decref(st, s);
            }
            ssize_t m = (ssize_t)gp_list_size(src);
            if (sh.n + m > SHADOW_MAX) {
                gp_decref(st, src);
                break;
            }
            for (ssize_t i = 0; i < m; i++)
                sh.v[sh.n + i] = (r & 0x100) ? sh.v[i] : sh.v[1 + 2 * i];
            assert_int_equal(gp_list_extend(st, l, src), 0);
            sh.n += m;
            gp_decref(st, src);
            break;
        }
        case 4: case 6: {
            GpObject *x = gp_list_pop(st, l, (r & 0x200) ? -1 : idx);
            ssize_t i = (r & 0x200) ? -1 : idx;
            if (i < 0)
                i += sh.n;
            if (sh.n == 0) {
                expect_error(st, GP_T_INDEX_ERROR, "pop from empty list");
            } else if (i < 0 || i >= sh.n) {
                expect_error(st, GP_T_INDEX_ERROR, "pop index out of range");
            } else {
                assert_non_null(x);
                assert_int_equal(ival(x), sh.v[i]);
                gp_decref(st, x);
                memmove(&sh.v[i], &sh.v[i + 1], (size_t)(sh.n - i - 1) * sizeof sh.v[0]);
                sh.n--;
            }
            break;
        }
        case 5: {
            GpObject *x = int_(st, val);
            int rc = gp_list_set(st, l, idx, x);
            gp_decref(st, x);
            ssize_t i = idx < 0 ? idx + sh.n : idx;
            if (i < 0 || i >= sh.n) {
                assert_int_equal(rc, -1);
                expect_error(st, GP_T_INDEX_ERROR, "list assignment index out of range");
            } else {
                assert_int_equal(rc, 0);
                sh.v[i] = val;
            }
            break;
        }
        case 7: {
            GpObject *x = int_(st, val);
            ssize_t i;
            for (i = 0; i < sh.n && sh.v[i] != val; i++)
                ;
            int rc = gp_list_remove(st, l, x);
            if (i == sh.n) {
                assert_int_equal(rc, -1);
                expect_error(st, GP_T_VALUE_ERROR, "list.remove(x): x not in list");
            } else {
                assert_int_equal(rc, 0);
                memmove(&sh.v[i], &sh.v[i + 1], (size_t)(sh.n - i - 1) * sizeof sh.v[0]);
                sh.n--;
            }
            ssize_t cnt = 0;
            for (ssize_t k = 0; k < sh.n; k++)
                cnt += sh.v[k] == val;
            assert_int_equal(gp_list_count(st, l, x), cnt);
            ssize_t at = gp_list_index(st, l, x, 0, SSIZE_MAX);
            if (cnt) {
                assert_true(at >= 0 && sh.v[at] == val);
                for (ssize_t k = 0; k < at; k++)
                    assert_true(sh.v[k] != val);
            } else {
                char msg[64];
                snprintf(msg, sizeof msg, "%lld is not in list", (long long)val);
                expect_error(st, GP_T_VALUE_ERROR, msg);
            }
            assert_int_equal(l->type->seq->contains(st, l, x), cnt > 0);
            gp_decref(st, x);
            break;
        }
        case 8:
            gp_list_reverse(l);
            for (ssize_t i = 0; i < sh.n / 2; i++) {
                int64_t t = sh.v[i];
                sh.v[i] = sh.v[sh.n - 1 - i];
                sh.v[sh.n - 1 - i] = t;
            }
            break;
        case 9: {   /* del l[i] */
            int rc = gp_list_del(st, l, idx);
            ssize_t i = idx < 0 ? idx + sh.n : idx;
            if (i < 0 || i >= sh.n) {
                assert_int_equal(rc, -1);
                expect_error(st, GP_T_INDEX_ERROR, "list assignment index out of range");
            } else {
                assert_int_equal(rc, 0);
                memmove(&sh.v[i], &sh.v[i + 1], (size_t)(sh.n - i - 1) * sizeof sh.v[0]);
                sh.n--;
            }
            break;
        }
        case 10:
            if ((r >> 40) % 50 == 0) {
                gp_list_clear(st, l);
                sh.n = 0;
            }
            break;
        case 11:
            if ((r >> 40) % 20 == 0) {
                assert_int_equal(gp_list_sort(st, l, NULL, NULL, (int)((r >> 50) & 1)), 0);
                qsort(sh.v, (size_t)sh.n, sizeof sh.v[0], cmp_i64);
                if ((r >> 50) & 1)
                    for (ssize_t i = 0; i < sh.n / 2; i++) {
                        int64_t t = sh.v[i];
                        sh.v[i] = sh.v[sh.n - 1 - i];
                        sh.v[sh.n - 1 - i] = t;
                    }
            }
            break;
        case 12: {  /* l[a:b] = [val] * k */
            ssize_t a = idx, b = idx + (ssize_t)((r >> 30) % 5), k = (ssize_t)((r >> 36) % 4);
            if (sh.n + k > SHADOW_MAX)
                break;
            GpObject *x = int_(st, val), *one = gp_list_from_array(st, &x, 1);
            GpObject *rep = gp_list_repeat(st, one, k);
            GpObject *ao = int_(st, a), *bo = int_(st, b);
            GpObject *s = gp_slice_new(st, ao, bo, NULL);
            assert_int_equal(gp_list_set_slice(st, l, s, rep), 0);
            ssize_t start, stop, stp, n;
            assert_int_equal(gp_slice_indices(st, s, sh.n, &start, &stop, &stp, &n), 0);
            if (stop < start)
                stop = start;
            memmove(&sh.v[start + k], &sh.v[stop], (size_t)(sh.n - stop) * sizeof sh.v[0]);
            for (ssize_t i = 0; i < k; i++)
                sh.v[start + i] = val;
            sh.n += k - (stop - start);
            GpObject *objs[] = {x, one, rep, ao, bo, s};
            for (size_t i = 0; i < 6; i++)
                gp_decref(st, objs[i]);
            break;
        }
        default: {  /* l *= 1 or 2 */
            ssize_t k = 1 + (ssize_t)((r >> 30) & 1);
            if (sh.n * k > SHADOW_MAX)
                break;
            GpObject *res = gp_list_inplace_repeat(st, l, k);
            assert_ptr_equal(res, l);
            gp_decref(st, res);
            for (ssize_t i = sh.n; i < sh.n * k; i++)
                sh.v[i] = sh.v[i - sh.n];
            sh.n *= k;
            break;
        }
        }
        assert_false(gp_err_occurred(st));
        shadow_check(l, &sh, step);
    }
    gp_decref(st, l);
    assert_int_equal(heap_blocks(st), before);
    check_heap(st);
    gp_state_destroy(st);
}

/* ---- sorting ------------------------------------------------------------------------------ */

static GpObject *key_first(GpState *st, void *ctx, GpObject *item)
{
    (void)st;
    (void)ctx;
    return gp_incref(gp_tuple_item(item, 0));
}

static void test_sort_is_stable(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    const size_t sizes[] = {0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 257, 1000, 5000};
    uint64_t seed = 99;
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        size_t n = sizes[si];
        for (int pattern = 0; pattern < 4; pattern++) {
            for (int reverse = 0; reverse < 2; reverse++) {
                /* (key, original position) pairs; few distinct keys */
                GpObject *l = gp_list_new(st, n);
                for (size_t i = 0; i < n; i++) {
                    int64_t k = pattern == 0   ? (int64_t)(rnd(&seed) % 7)
                                : pattern == 1 ? (int64_t)(i / 3)
                                : pattern == 2 ? (int64_t)((n - i) / 5)
                                               : (int64_t)(rnd(&seed) % 100000) - 50000;
                    GpObject *ko = int_(st, k), *io = int_(st, (int64_t)i);
                    gp_list_init_item(l, i, gp_tuple_pack(st, 2, ko, io));
                    gp_decref(st, ko);
                    gp_decref(st, io);
                }
                assert_int_equal(gp_list_sort(st, l, key_first, NULL, reverse), 0);
                assert_int_equal(gp_list_size(l), n);
                for (size_t i = 1; i < n; i++) {
                    GpObject *a = gp_list_item(l, i - 1), *b = gp_list_item(l, i);
                    int64_t ka = ival(gp_tuple_item(a, 0)), kb = ival(gp_tuple_item(b, 0));
                    int64_t pa = ival(gp_tuple_item(a, 1)), pb = ival(gp_tuple_item(b, 1));
                    if (reverse ? ka < kb : ka > kb)
                        fail_msg("n=%zu pattern %d reverse %d: out of order at %zu", n, pattern,
                                 reverse, i);
                    if (ka == kb && pa > pb)
                        fail_msg("n=%zu pattern %d reverse %d: unstable at %zu", n, pattern,
                                 reverse, i);
                }
                /* without a key the tuples sort by (key, position): same order */
                GpObject *copy = gp_list_from_iterable(st, l);
                assert_int_equal(gp_list_sort(st, copy, NULL, NULL, reverse), 0);
                if (!reverse)
                    assert_int_equal(gp_obj_richcompare_bool(st, copy, l, GP_EQ), 1);
                gp_decref(st, copy);
                gp_decref(st, l);
            }
        }
    }
    assert_int_equal(heap_blocks(st), before);
    check_heap(st);
    gp_state_destroy(st);
}

static GpObject *key_fails_at_3(GpState *st, void *ctx, GpObject *item)
{
    int *calls = ctx;
    if (++*calls == 3) {
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "bad key");
        return NULL;
    }
    return gp_incref(item);
}

/* a key function that appends to the list being sorted */
static GpObject *key_mutates(GpState *st, void *ctx, GpObject *item)
{
    assert_int_equal(gp_list_append(st, ctx, item), 0);
    assert_int_equal(gp_list_size(ctx), 1);   /* the list looks empty while sorting */
    gp_decref(st, gp_list_pop(st, ctx, 0));
    return gp_incref(item);
}

static void test_sort_errors(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *a = gp_str_from_cstr(st, "a");
    GpObject *one = int_(st, 1), *two = int_(st, 2), *three = int_(st, 3);
    GpObject *items[] = {one, a, two};
    GpObject *l = gp_list_from_array(st, items, 3);
    assert_int_equal(gp_list_sort(st, l, NULL, NULL, 0), -1);
    expect_error(st, GP_T_TYPE_ERROR, "'<' not supported between instances of 'str' and 'int'");
    assert_int_equal(gp_list_size(l), 3);   /* still a permutation */
    int seen = 0;
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < 3; j++)
            seen += gp_list_item(l, i) == items[j];
    assert_int_equal(seen, 3);
    gp_decref(st, l);
    /* errors in a long list's merge phase keep every item too */
    GpObject *big = int_list(st, 0, 200);
    gp_list_reverse(big);
    assert_int_equal(gp_list_set(st, big, 150, a), 0);
    assert_int_equal(gp_list_sort(st, big, NULL, NULL, 0), -1);
    assert_true(gp_err_matches(st, gp_type(st, GP_T_TYPE_ERROR)));
    gp_err_clear(st);
    assert_int_equal(gp_list_size(big), 200);
    assert_int_equal(gp_list_count(st, big, a), 1);
    gp_decref(st, big);
    /* a failing key function: the list is unchanged */
    GpObject *items2[] = {three, one, two, one};
    l = gp_list_from_array(st, items2, 4);
    int calls = 0;
    assert_int_equal(gp_list_sort(st, l, key_fails_at_3, &calls, 0), -1);
    expect_error(st, GP_T_VALUE_ERROR, "bad key");
    ASSERT_REPR(st, l, "[3, 1, 2, 1]");
    /* mutation during the sort: ValueError, and the list is the sorted one */
    assert_int_equal(gp_list_sort(st, l, key_mutates, l, 0), -1);
    expect_error(st, GP_T_VALUE_ERROR, "list modified during sort");
    ASSERT_REPR(st, l, "[1, 1, 2, 3]");
    assert_int_equal(gp_list_sort(st, l, NULL, NULL, 1), 0);
    ASSERT_REPR(st, l, "[3, 2, 1, 1]");
    gp_decref(st, l);
    GpObject *objs[] = {a, one, two, three};
    for (size_t i = 0; i < 4; i++)
        gp_decref(st, objs[i]);
    assert_int_equal(heap_blocks(st), before);
    gp_state_destroy(st);
}

/* ---- errors, reprs, comparison --------------------------------------------------------- */

static void test_error_messages(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *l = gp_list_new(st, 0);
    assert_null(gp_list_pop(st, l, -1));
    expect_error(st, GP_T_INDEX_ERROR, "pop from empty list");
    GpObject *one = int_(st, 1), *three = int_(st, 3);
    gp_list_append(st, l, one);
    assert_null(gp_list_pop(st, l, 1));
    expect_error(st, GP_T_INDEX_ERROR, "pop index out of range");
    assert_null(gp_list_pop(st, l, -2));
    expect_error(st, GP_T_INDEX_ERROR, "pop index out of range");
    assert_null(gp_list_get(st, l, 1));
    expect_error(st, GP_T_INDEX_ERROR, "list index out of range");
    assert_null(gp_list_get(st, l, -2));
    expect_error(st, GP_T_INDEX_ERROR, "list index out of range");
    assert_int_equal(gp_list_set(st, l, 5, one), -1);
    expect_error(st, GP_T_INDEX_ERROR, "list assignment index out of range");
    assert_int_equal(gp_list_del(st, l, -2), -1);
    expect_error(st, GP_T_INDEX_ERROR, "list assignment index out of range");
    assert_int_equal(gp_list_remove(st, l, three), -1);
    expect_error(st, GP_T_VALUE_ERROR, "list.remove(x): x not in list");
    assert_int_equal(gp_list_index(st, l, three, 0, SSIZE_MAX), -1);
    expect_error(st, GP_T_VALUE_ERROR, "3 is not in list");
    GpObject *s = gp_str_from_cstr(st, "a'b");
    assert_int_equal(gp_list_index(st, l, s, 0, SSIZE_MAX), -1);
    expect_error(st, GP_T_VALUE_ERROR, "\"a'b\" is not in list");
    assert_int_equal(gp_list_index(st, l, one, 1, SSIZE_MAX), -1);
    expect_error(st, GP_T_VALUE_ERROR, "1 is not in list");
    assert_int_equal(gp_list_index(st, l, one, -5, -1), -1);   /* l.index(1, -5, -1) */
    expect_error(st, GP_T_VALUE_ERROR, "1 is not in list");
    assert_int_equal(gp_list_index(st, l, one, -5, 7), 0);
    /* subscripts */
    assert_null(l->type->map->subscript(st, l, s));
    expect_error(st, GP_T_TYPE_ERROR, "list indices must be integers or slices, not str");
    assert_int_equal(l->type->map->ass_subscript(st, l, s, one), -1);
    expect_error(st, GP_T_TYPE_ERROR, "list indices must be integers or slices, not str");
    GpObject *huge = gp_int_from_str(st, "100000000000000000000", 21, 10);
    assert_null(l->type->map->subscript(st, l, huge));
    expect_error(st, GP_T_INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
    GpObject *m1 = int_(st, -1);
    GpObject *x = l->type->map->subscript(st, l, m1);
    assert_ptr_equal(x, one);
    gp_decref(st, x);
    x = l->type->map->subscript(st, l, st->true_);   /* l[True] is l[1] */
    assert_null(x);
    expect_error(st, GP_T_INDEX_ERROR, "list index out of range");
    x = l->type->map->subscript(st, l, st->false_);
    assert_ptr_equal(x, one);
    gp_decref(st, x);
    /* slices */
    GpObject *sl = slice_of(st, "N", "N", "0");
    assert_null(gp_list_get_slice(st, l, sl));
    expect_error(st, GP_T_VALUE_ERROR, "slice step cannot be zero");
    gp_decref(st, sl);
    sl = gp_slice_new(st, s, NULL, NULL);
    assert_null(gp_list_get_slice(st, l, sl));
    expect_error(st, GP_T_TYPE_ERROR,
                 "slice indices must be integers or None or have an __index__ method");
    gp_decref(st, sl);
    sl = slice_of(st, "N", "N", "2");
    assert_int_equal(gp_list_set_slice(st, l, sl, one), -1);
    expect_error(st, GP_T_TYPE_ERROR, "must assign iterable to extended slice");
    gp_decref(st, sl);
    sl = slice_of(st, "N", "N", "N");
    assert_int_equal(gp_list_set_slice(st, l, sl, one), -1);
    expect_error(st, GP_T_TYPE_ERROR, "can only assign an iterable");
    gp_decref(st, sl);
    GpObject *l3 = int_list(st, 0, 3);
    sl = slice_of(st, "N", "N", "-2");
    assert_int_equal(gp_list_set_slice(st, l, sl, l3), -1);
    expect_error(st, GP_T_VALUE_ERROR,
                 "attempt to assign sequence of size 3 to extended slice of size 1");
    gp_decref(st, sl);
    /* operators */
    GpObject *t = gp_tuple_pack(st, 1, one);
    assert_null(gp_list_concat(st, l, t));
    expect_error(st, GP_T_TYPE_ERROR, "can only concatenate list (not \"tuple\") to list");
    assert_null(gp_num_binary(st, l, t, GP_NB_ADD));
    expect_error(st, GP_T_TYPE_ERROR, "can only concatenate list (not \"tuple\") to list");
    assert_null(gp_tuple_concat(st, t, l));
    expect_error(st, GP_T_TYPE_ERROR, "can only concatenate tuple (not \"list\") to tuple");
    x = gp_num_binary(st, l, l3, GP_NB_ADD);
    ASSERT_REPR(st, x, "[1, 0, 1, 2]");
    gp_decref(st, x);
    assert_null(gp_list_repeat(st, l3, SSIZE_MAX / 2));
    expect_error(st, GP_T_MEMORY_ERROR, "");
    assert_null(gp_list_repeat(st, l3, (SSIZE_MAX / 8) / 3 + 1));
    expect_error(st, GP_T_MEMORY_ERROR, "");
    assert_null(gp_list_inplace_repeat(st, l3, SSIZE_MAX / 2));
    expect_error(st, GP_T_MEMORY_ERROR, "");
    assert_null(gp_tuple_repeat(st, t, SSIZE_MAX / 2));
    expect_error(st, GP_T_MEMORY_ERROR, "");
    ASSERT_REPR(st, l3, "[0, 1, 2]");
    assert_int_equal(gp_list_extend(st, l, one), -1);
    expect_error(st, GP_T_TYPE_ERROR, "'int' object is not iterable");
    assert_null(gp_list_inplace_concat(st, l, one));
    expect_error(st, GP_T_TYPE_ERROR, "'int' object is not iterable");
    assert_int_equal(gp_obj_hash(st, l), -1);
    expect_error(st, GP_T_TYPE_ERROR, "unhashable type: 'list'");
    sl = slice_of(st, "1", "N", "2");
    assert_int_equal(gp_obj_hash(st, sl), -1);
    expect_error(st, GP_T_TYPE_ERROR, "unhashable type: 'slice'");
    GpObject *tl = gp_tuple_pack(st, 2, one, l);
    assert_int_equal(gp_obj_hash(st, tl), -1);
    expect_error(st, GP_T_TYPE_ERROR, "unhashable type: 'list'");
    assert_int_equal(gp_tuple_index(st, t, three, 0, SSIZE_MAX), -1);
    expect_error(st, GP_T_VALUE_ERROR, "tuple.index(x): x not in tuple");
    assert_int_equal(gp_tuple_index(st, tl, l, -1, SSIZE_MAX), 1);
    assert_int_equal(gp_tuple_count(st, tl, one), 1);
    GpObject *objs[] = {l, one, three, s, huge, m1, l3, t, sl, tl};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    assert_false(gp_err_occurred(st));
    assert_int_equal(heap_blocks(st), before);
    gp_state_destroy(st);
}

static void test_reprs(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *l = gp_list_new(st, 0);
    ASSERT_REPR(st, l, "[]");
    GpObject *a = gp_str_from_cstr(st, "a");
    GpObject *one = int_(st, 1);
    gp_list_append(st, l, one);
    gp_list_append(st, l, a);
    gp_list_append(st, l, st->none);
    ASSERT_REPR(st, l, "[1, 'a', None]");
    gp_list_append(st, l, l);
    ASSERT_REPR(st, l, "[1, 'a', None, [...]]");
    GpObject *m = gp_list_from_array(st, (GpObject *[]){l, l}, 2);
    ASSERT_REPR(st, m, "[[1, 'a', None, [...]], [1, 'a', None, [...]]]");
    /* a = [b], b = [a] */
    GpObject *x = gp_list_new(st, 0), *y = gp_list_from_array(st, &x, 1);
    gp_list_append(st, x, y);
    ASSERT_REPR(st, x, "[[[...]]]");
    GpObject *t = gp_tuple_pack(st, 2, x, one);
    ASSERT_REPR(st, t, "([[[...]]], 1)");
    /* break the cycles by hand: there is no collector yet */
    gp_list_clear(st, x);
    gp_list_clear(st, l);
    /* a deep nest: RecursionError as CPython, not a C stack overflow */
    GpObject *deep = gp_list_new(st, 0);
    for (int i = 0; i < 1500; i++) {
        GpObject *outer = gp_list_from_array(st, &deep, 1);
        gp_decref(st, deep);
        deep = outer;
    }
    assert_null(gp_obj_repr(st, deep));
    expect_error(st, GP_T_RECURSION_ERROR,
                 "maximum recursion depth exceeded while getting the repr of an object");
    gp_decref(st, deep);
    deep = gp_list_new(st, 0);
    for (int i = 0; i < 3; i++) {
        GpObject *outer = gp_list_from_array(st, &deep, 1);
        gp_decref(st, deep);
        deep = outer;
    }
    ASSERT_REPR(st, deep, "[[[[]]]]");
    /* slices */
    GpObject *s = slice_of(st, "1", "N", "2");
    ASSERT_REPR(st, s, "slice(1, None, 2)");
    GpObject *s2 = gp_slice_new(st, NULL, a, NULL);
    ASSERT_REPR(st, s2, "slice(None, 'a', None)");
    GpObject *objs[] = {l, a, one, m, x, y, t, deep, s, s2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    assert_int_equal(heap_blocks(st), before);
    gp_state_destroy(st);
}

static void test_richcompare(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    /* each: two lists of small ints (-1 ends), then the six results */
    const struct {
        int a[4], b[4];
        int r[6];
    } cases[] = {
        {{1, 2, -1}, {1, 3, -1}, {1, 1, 0, 1, 0, 0}},
        {{1, 2, -1}, {1, 2, 0, -1}, {1, 1, 0, 1, 0, 0}},
        {{1, 2, -1}, {1, 2, -1}, {0, 1, 1, 0, 0, 1}},
        {{-1}, {-1}, {0, 1, 1, 0, 0, 1}},
        {{5, -1}, {-1}, {0, 0, 0, 1, 1, 1}},
        {{2, 0, -1}, {1, 9, 9, -1}, {0, 0, 0, 1, 1, 1}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        GpObject *a = gp_list_new(st, 0), *b = gp_list_new(st, 0);
        for (int i = 0; cases[c].a[i] >= 0; i++)
            gp_list_append(st, a, int_(st, cases[c].a[i]));
        for (int i = 0; cases[c].b[i] >= 0; i++)
            gp_list_append(st, b, int_(st, cases[c].b[i]));
        for (int op = 0; op < 6; op++) {
            assert_int_equal(gp_obj_richcompare_bool(st, a, b, op), cases[c].r[op]);
            /* tuples agree */
            GpObject *ta = gp_list_as_tuple(st, a), *tb = gp_list_as_tuple(st, b);
            assert_int_equal(gp_obj_richcompare_bool(st, ta, tb, op), cases[c].r[op]);
            gp_decref(st, ta);
            gp_decref(st, tb);
        }
        gp_decref(st, a);
        gp_decref(st, b);
    }
    GpObject *one = int_(st, 1), *s = gp_str_from_cstr(st, "x");
    GpObject *a = gp_list_from_array(st, (GpObject *[]){one, s}, 2);
    GpObject *b = gp_list_from_array(st, (GpObject *[]){one, one}, 2);
    assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_LT), -1);
    expect_error(st, GP_T_TYPE_ERROR, "'<' not supported between instances of 'str' and 'int'");
    assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_EQ), 0);
    GpObject *t = gp_list_as_tuple(st, b);
    assert_int_equal(gp_obj_richcompare_bool(st, b, t, GP_EQ), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, b, t, GP_LT), -1);
    expect_error(st, GP_T_TYPE_ERROR,
                 "'<' not supported between instances of 'list' and 'tuple'");
    GpObject *s1 = slice_of(st, "1", "2", "N"), *s2 = slice_of(st, "1", "3", "N");
    assert_int_equal(gp_obj_richcompare_bool(st, s1, s2, GP_LT), 1);
    assert_int_equal(gp_obj_richcompare_bool(st, s1, s2, GP_EQ), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, s1, s1, GP_EQ), 1);
    GpObject *objs[] = {one, s, a, b, t, s1, s2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    gp_state_destroy(st);
}

/* ---- iteration -------------------------------------------------------------------------------- */

/* a sequence with only seq->item: the squares 0, 1, 4, ... below 50 */
static GpObject *squares_item(GpState *st, GpObject *o, ssize_t i)
{
    (void)o;
    if (i * i >= 50) {
        gp_err_format(st, gp_type(st, GP_T_INDEX_ERROR), "done");
        return NULL;
    }
    return gp_int_from_i64(st, i * i);
}

static void squares_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(GpObject));
}

static const GpSequenceSlots squares_seq = {.item = squares_item};
static GpType squares_type = {
    .name = "squares", .basicsize = sizeof(GpObject), .dealloc = squares_dealloc,
    .seq = &squares_seq,
};

static void test_iteration(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *l = int_list(st, 10, 3);
    GpObject *it = gp_obj_iter(st, l);
    assert_non_null(it);
    assert_string_equal(it->type->name, "list_iterator");
    GpObject *again = gp_obj_iter(st, it);   /* iter(it) is it */
    assert_ptr_equal(again, it);
    gp_decref(st, again);
    GpObject *x = gp_iter_next(st, it);
    assert_int_equal(ival(x), 10);
    gp_decref(st, x);
    /* items appended meanwhile are seen */
    GpObject *n99 = int_(st, 99);
    gp_list_append(st, l, n99);
    int64_t want[] = {11, 12, 99};
    for (int i = 0; i < 3; i++) {
        x = gp_iter_next(st, it);
        assert_int_equal(ival(x), want[i]);
        gp_decref(st, x);
    }
    uint64_t rc = gp_refcount(l);
    assert_null(gp_iter_next(st, it));
    assert_false(gp_err_occurred(st));
    assert_int_equal(gp_refcount(l), rc - 1);   /* exhausted: lets go of the list */
    gp_list_append(st, l, n99);
    assert_null(gp_iter_next(st, it));           /* and stays exhausted */
    gp_decref(st, it);
    /* reversed */
    it = gp_list_reversed(st, l);
    assert_string_equal(it->type->name, "list_reverseiterator");
    int64_t rwant[] = {99, 99, 12, 11, 10};
    for (int i = 0; i < 5; i++) {
        x = gp_iter_next(st, it);
        assert_int_equal(ival(x), rwant[i]);
        gp_decref(st, x);
        if (i == 0)
            gp_decref(st, gp_list_pop(st, l, -1));   /* shrinking under it */
    }
    assert_null(gp_iter_next(st, it));
    assert_false(gp_err_occurred(st));
    gp_decref(st, it);
    /* tuples */
    GpObject *t = gp_list_as_tuple(st, l);
    it = gp_obj_iter(st, t);
    assert_string_equal(it->type->name, "tuple_iterator");
    GpObject *back = gp_list_new(st, 0);
    assert_int_equal(gp_list_extend(st, back, it), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, back, l, GP_EQ), 1);
    assert_null(gp_iter_next(st, it));
    gp_decref(st, it);
    /* a sequence with only an item slot */
    GpObject *sq = gp_obj_alloc(st, &squares_type, sizeof(GpObject));
    GpObject *sql = gp_list_from_iterable(st, sq);
    ASSERT_REPR(st, sql, "[0, 1, 4, 9, 16, 25, 36, 49]");
    it = gp_obj_iter(st, sq);
    assert_string_equal(it->type->name, "iterator");
    gp_decref(st, it);
    /* not iterable, not an iterator */
    assert_null(gp_obj_iter(st, n99));
    expect_error(st, GP_T_TYPE_ERROR, "'int' object is not iterable");
    assert_null(gp_iter_next(st, l));
    expect_error(st, GP_T_TYPE_ERROR, "'list' object is not an iterator");
    assert_null(gp_list_from_iterable(st, n99));
    expect_error(st, GP_T_TYPE_ERROR, "'int' object is not iterable");
    /* contains through the slots */
    assert_int_equal(t->type->seq->contains(st, t, n99), 1);
    assert_int_equal(l->type->seq->contains(st, l, sq), 0);
    /* the constructor slot: list(), list(x), list(a, b) */
    GpObject *made = l->type->new_(st, GP_OBJ(l->type), &t, 1, NULL);
    assert_int_equal(gp_obj_richcompare_bool(st, made, l, GP_EQ), 1);
    gp_decref(st, made);
    made = l->type->new_(st, GP_OBJ(l->type), NULL, 0, NULL);
    ASSERT_REPR(st, made, "[]");
    gp_decref(st, made);
    assert_null(l->type->new_(st, GP_OBJ(l->type), (GpObject *[]){t, t}, 2, NULL));
    expect_error(st, GP_T_TYPE_ERROR, "list expected at most 1 argument, got 2");
    GpObject *objs[] = {l, n99, t, back, sq, sql};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    assert_int_equal(heap_blocks(st), before);
    gp_state_destroy(st);
}

/* ---- memory ------------------------------------------------------------------------------------ */

static void test_everything_freed(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    /* big lists of heap objects, slices of them, sorts with keys, copies */
    GpObject *zero = int_(st, 0), *n = int_(st, 100000), *m7 = int_(st, -7);
    GpObject *r = gp_range_new(st, n, zero, m7);
    GpObject *l = gp_list_from_iterable(st, r);
    assert_int_equal(gp_list_size(l), 14286);
    GpObject *s = slice_of(st, "-1", "N", "-3");
    GpObject *part = gp_list_get_slice(st, l, s);
    assert_int_equal(gp_list_extend(st, l, part), 0);
    assert_int_equal(gp_list_extend(st, l, l), 0);
    assert_int_equal(gp_list_sort(st, l, NULL, NULL, 0), 0);
    for (size_t i = 1; i < gp_list_size(l); i++)
        assert_true(ival(gp_list_item(l, i - 1)) <= ival(gp_list_item(l, i)));
    assert_int_equal(gp_list_set_slice(st, l, s, NULL), 0);
    GpObject *t = gp_list_as_tuple(st, l);
    GpObject *rep = gp_tuple_repeat(st, t, 3);
    GpObject *l2 = gp_list_from_iterable(st, rep);
    assert_int_equal(gp_list_size(l2), 3 * gp_list_size(l));
    GpObject *res = gp_list_inplace_concat(st, l2, r);
    gp_decref(st, res);
    gp_list_clear(st, l2);
    gp_list_clear(st, l2);
    GpObject *objs[] = {zero, n, m7, r, l, s, part, t, rep, l2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    assert_false(gp_err_occurred(st));
    assert_int_equal(heap_blocks(st), before);
    check_heap(st);
    gp_state_destroy(st);
}

static void test_memory_error_in_small_image(void **state)
{
    (void)state;
    GpState *st = make_state(2u << 20);
    size_t before = heap_blocks(st);
    GpObject *l = gp_list_new(st, 0);
    GpObject *x = int_(st, 123456);
    size_t n = 0;
    while (gp_list_append(st, l, x) == 0)
        n++;
    assert_true(gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR)));
    gp_err_clear(st);
    assert_true(n > 1000);
    /* the list is intact and usable */
    assert_int_equal(gp_list_size(l), n);
    for (size_t i = 0; i < n; i++)
        assert_ptr_equal(gp_list_item(l, i), x);
    assert_int_equal(gp_refcount(x), n + 1);
    for (int i = 0; i < 10; i++)
        gp_decref(st, gp_list_pop(st, l, -1));
    assert_int_equal(gp_list_append(st, l, x), 0);
    /* sizes that cannot fit fail before allocating */
    assert_null(gp_list_repeat(st, l, 1000));
    expect_error(st, GP_T_MEMORY_ERROR, "");
    GpObject *zero = int_(st, 0), *big = gp_int_from_str(st, "1000000000000000000", 19, 10);
    GpObject *r = gp_range_new(st, zero, big, NULL);
    assert_null(gp_list_from_iterable(st, r));
    expect_error(st, GP_T_MEMORY_ERROR, "");
    assert_int_equal(gp_list_size(l), n - 9);
    /* an extend that runs out part way leaves a valid list */
    GpObject *small = int_list(st, 5000, 2000);
    while (gp_list_extend(st, l, small) == 0)
        ;
    expect_error(st, GP_T_MEMORY_ERROR, "");
    gp_decref(st, small);
    gp_decref(st, l);
    assert_int_equal(gp_refcount(x), 1);
    GpObject *objs[] = {x, zero, big, r};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    assert_int_equal(heap_blocks(st), before);
    check_heap(st);
    gp_state_destroy(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slice_vectors),
        cmocka_unit_test(test_assign_vectors),
        cmocka_unit_test(test_growth_as_cpython),
        cmocka_unit_test(test_shadow_model),
        cmocka_unit_test(test_sort_is_stable),
        cmocka_unit_test(test_sort_errors),
        cmocka_unit_test(test_error_messages),
        cmocka_unit_test(test_reprs),
        cmocka_unit_test(test_richcompare),
        cmocka_unit_test(test_iteration),
        cmocka_unit_test(test_everything_freed),
        cmocka_unit_test(test_memory_error_in_small_image),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
