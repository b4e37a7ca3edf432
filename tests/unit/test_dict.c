/* dict: lookups and insertion order against a shadow model, resize
 * boundaries, reprs CPython printed (dict_vectors.h, made by
 * tools/gen_dict_vectors.py), errors, keys whose __eq__ changes the dict,
 * iterators, memory accounting and MemoryError. */
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
    /* PYTHONHASHSEED=0, as the vectors were made */
    if (gp_hash_init_key("0", &st->hash_key, err) != 0)
        fail_msg("gp_hash_init_key: %s", err);
    return st;
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

/* repr(o) compared with the expected UTF-8 text */
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

/* The pending exception is type t with repr `want`; clears it. */
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

static GpObject *s8(GpState *st, const char *s)
{
    GpObject *o = gp_str_from_cstr(st, s);
    assert_non_null(o);
    return o;
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

static GpObject *run_dict_ops(GpState *st, const char *ops)
{
    GpObject *d = gp_dict_new(st);
    assert_non_null(d);
    int index = 0;
    for (const char *p = ops; *p; index++) {
        size_t n = strcspn(p, " ");
        char op = p[0];
        if (op == '+' || op == '-') {
            GpObject *k = parse_value(st, p + 1, n - 1);
            if (op == '+') {
                GpObject *v = i64(st, index);
                assert_int_equal(gp_dict_set(st, d, k, v), 0);
                gp_decref(st, v);
            } else {
                GpObject *v = gp_dict_pop(st, d, k, st->none);
                assert_non_null(v);
                gp_decref(st, v);
            }
            gp_decref(st, k);
        } else if (op == 'P') {
            if (gp_dict_size(d)) {
                GpObject *kv = gp_dict_popitem(st, d);
                assert_non_null(kv);
                gp_decref(st, kv);
            }
        } else {
            assert_int_equal(op, 'C');
            gp_dict_clear(st, d);
        }
        p += n;
        while (*p == ' ')
            p++;
    }
    return d;
}

static void test_reprs_match_cpython(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    for (size_t i = 0; i < sizeof dict_vectors / sizeof dict_vectors[0]; i++) {
        GpObject *d = run_dict_ops(st, dict_vectors[i].ops);
        assert_repr(st, d, dict_vectors[i].repr);
        /* a copy has the same order */
        GpObject *c = gp_dict_copy(st, d);
        assert_non_null(c);
        assert_repr(st, c, dict_vectors[i].repr);
        assert_int_equal(gp_obj_richcompare_bool(st, c, d, GP_EQ), 1);
        gp_decref(st, c);
        gp_decref(st, d);
    }
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- basics ------------------------------------------------------------- */

static void test_set_get_del_and_errors(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *d = gp_dict_new(st);
    assert_int_equal(gp_image_area_of(st->img, d), GP_AREA_HEAP);
    assert_repr(st, d, "{}");
    assert_int_equal(gp_obj_truth(st, d), 0);

    GpObject *x = s8(st, "x"), *one = i64(st, 1), *two = i64(st, 2);
    assert_null(gp_dict_get(st, d, x));
    assert_null(st->exc);
    assert_int_equal(gp_dict_set(st, d, x, one), 0);
    assert_int_equal(gp_dict_set(st, d, two, x), 0);
    assert_int_equal(gp_dict_size(d), 2);
    assert_int_equal(gp_obj_truth(st, d), 1);
    assert_ptr_equal(gp_dict_get(st, d, x), one);
    assert_ptr_equal(gp_dict_get_str(st, d, "x"), one);
    assert_null(gp_dict_get_str(st, d, "y"));
    assert_null(gp_dict_get_str(st, d, "caf\xc3\xa9"));
    assert_null(st->exc);
    assert_repr(st, d, "{'x': 1, 2: 'x'}");

    /* a non-ASCII name goes the slow way and still finds its key */
    GpObject *cafe = s8(st, "caf\xc3\xa9");
    assert_int_equal(gp_dict_set(st, d, cafe, two), 0);
    assert_ptr_equal(gp_dict_get_str(st, d, "caf\xc3\xa9"), two);
    assert_int_equal(gp_dict_set_str(st, d, "y", two), 0);
    assert_ptr_equal(gp_dict_get_str(st, d, "y"), two);

    /* KeyError carries the key: KeyError('nope') */
    GpObject *nope = s8(st, "nope");
    assert_int_equal(gp_dict_del(st, d, nope), -1);
    assert_raised(st, GP_T_KEY_ERROR, "KeyError('nope')");
    assert_null(d->type->map->subscript(st, d, nope));
    assert_raised(st, GP_T_KEY_ERROR, "KeyError('nope')");
    /* a tuple key is not unpacked into the exception's args */
    GpObject *tup = gp_tuple_pack(st, 2, one, two);
    assert_null(gp_dict_pop(st, d, tup, NULL));
    assert_raised(st, GP_T_KEY_ERROR, "KeyError((1, 2))");

    /* unhashable keys */
    GpObject *inner = gp_dict_new(st);
    assert_int_equal(gp_dict_set(st, d, inner, one), -1);
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"unhashable type: 'dict'\")");
    assert_null(gp_dict_get(st, d, inner));
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"unhashable type: 'dict'\")");
    assert_int_equal(gp_obj_hash(st, d), -1);
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"unhashable type: 'dict'\")");

    /* mapping slots */
    GpObject *v = d->type->map->subscript(st, d, two);
    assert_ptr_equal(v, x);
    gp_decref(st, v);
    assert_int_equal(d->type->map->ass_subscript(st, d, two, NULL), 0);
    assert_int_equal(d->type->map->ass_subscript(st, d, two, NULL), -1);
    assert_raised(st, GP_T_KEY_ERROR, "KeyError(2)");
    assert_int_equal(d->type->map->len(st, d), 3);
    assert_int_equal(d->type->seq->contains(st, d, x), 1);
    assert_int_equal(d->type->seq->contains(st, d, two), 0);

    /* pop, setdefault, popitem */
    v = gp_dict_setdefault(st, d, x, two);
    assert_ptr_equal(v, one);
    gp_decref(st, v);
    v = gp_dict_setdefault(st, d, tup, two);
    assert_ptr_equal(v, two);
    gp_decref(st, v);
    assert_repr(st, d, "{'x': 1, 'caf\xc3\xa9': 2, 'y': 2, (1, 2): 2}");
    v = gp_dict_pop(st, d, cafe, NULL);
    assert_ptr_equal(v, two);
    gp_decref(st, v);
    v = gp_dict_popitem(st, d);
    assert_repr(st, v, "((1, 2), 2)");
    gp_decref(st, v);
    assert_repr(st, d, "{'x': 1, 'y': 2}");
    gp_dict_clear(st, d);
    assert_int_equal(gp_dict_size(d), 0);
    assert_null(gp_dict_popitem(st, d));
    assert_raised(st, GP_T_KEY_ERROR, "KeyError('popitem(): dictionary is empty')");
    assert_int_equal(gp_dict_set(st, d, one, one), 0);
    assert_repr(st, d, "{1: 1}");

    GpObject *objs[] = {d, x, one, two, cafe, nope, tup, inner};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

static void test_equal_numbers_are_one_key(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    GpObject *d = gp_dict_new(st);
    GpObject *a = s8(st, "a"), *b = s8(st, "b"), *c = s8(st, "c");
    GpObject *one = i64(st, 1), *onef = gp_float_from_double(st, 1.0);
    GpObject *big = gp_int_from_str(st, "2305843009213693952", 19, 10);  /* 2**61: hash 1 */
    assert_int_equal(gp_dict_set(st, d, one, a), 0);
    assert_int_equal(gp_dict_set(st, d, onef, b), 0);
    assert_int_equal(gp_dict_set(st, d, st->true_, c), 0);
    assert_repr(st, d, "{1: 'c'}");      /* the first key stays */
    assert_int_equal(gp_dict_set(st, d, big, a), 0);
    assert_int_equal(gp_dict_size(d), 2);
    assert_ptr_equal(gp_dict_get(st, d, onef), c);
    assert_ptr_equal(gp_dict_get(st, d, big), a);
    assert_int_equal(gp_dict_del(st, d, st->true_), 0);
    assert_repr(st, d, "{2305843009213693952: 'a'}");
    /* equal strings of separate objects; a str never equals an int */
    GpObject *a2 = gp_str_from_utf8(st, "a", 1);
    assert_ptr_not_equal(a, a2);
    assert_int_equal(gp_dict_set(st, d, a, one), 0);
    assert_ptr_equal(gp_dict_get(st, d, a2), one);
    assert_null(gp_dict_get(st, d, one));
    GpObject *objs[] = {d, a, b, c, one, onef, big, a2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    gp_state_destroy(st);
}

/* ---- a shadow model ------------------------------------------------------- */

#define NCLASS 1200

/* A fresh object of equivalence class cls, in one of its forms: classes
 * 0..299 are small numbers (int, float, and bool for 0 and 1), 300..599
 * ints 2**61-1+c whose hashes equal the small ones', 600..1199 strs of
 * the three kinds. */
static GpObject *make_key(GpState *st, int cls, uint64_t r)
{
    GpObject *o;
    if (cls < 300) {
        switch (r % 3) {
        case 0: o = gp_int_from_i64(st, cls); break;
        case 1: o = gp_float_from_double(st, cls); break;
        default:
            o = cls == 1   ? gp_incref(st->true_)
                : cls == 0 ? gp_incref(st->false_)
                           : gp_int_from_i64(st, cls);
            break;
        }
    } else if (cls < 600) {
        o = gp_int_from_i64(st, (int64_t)GP_HASH_MODULUS + (cls - 300));
    } else {
        static const char *const prefix[] = {"k", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80"};
        char buf[32];
        snprintf(buf, sizeof buf, "%s%d", prefix[cls % 4], cls);
        o = gp_str_from_cstr(st, buf);
    }
    assert_non_null(o);
    return o;
}

typedef struct {
    GpObject *key[NCLASS], *value[NCLASS];
    int order[20000];
    int n;
} Shadow;

static void shadow_remove(Shadow *sh, int cls)
{
    for (int i = 0; i < sh->n; i++)
        if (sh->order[i] == cls) {
            memmove(&sh->order[i], &sh->order[i + 1], (size_t)(sh->n - i - 1) * sizeof(int));
            sh->n--;
            return;
        }
    fail_msg("class %d not in the shadow", cls);
}

static void shadow_check(GpState *st, GpObject *d, Shadow *sh)
{
    assert_int_equal(gp_dict_size(d), sh->n);
    size_t pos = 0;
    GpObject *k, *v;
    int i = 0;
    while (gp_dict_next(d, &pos, &k, &v)) {
        assert_true(i < sh->n);
        assert_ptr_equal(k, sh->key[sh->order[i]]);
        assert_ptr_equal(v, sh->value[sh->order[i]]);
        i++;
    }
    assert_int_equal(i, sh->n);
    /* the iterator types agree */
    GpObject *it = gp_dict_iter_items(st, d);
    for (i = 0; i < sh->n; i++) {
        GpObject *kv = it->type->iternext(st, it);
        assert_non_null(kv);
        assert_ptr_equal(gp_tuple_item(kv, 0), sh->key[sh->order[i]]);
        assert_ptr_equal(gp_tuple_item(kv, 1), sh->value[sh->order[i]]);
        gp_decref(st, kv);
    }
    assert_null(it->type->iternext(st, it));
    assert_null(st->exc);
    gp_decref(st, it);
}

static void test_random_operations_match_a_shadow_model(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    static Shadow sh;
    memset(&sh, 0, sizeof sh);
    GpObject *d = gp_dict_new(st);
    uint64_t seed = 0x1234567887654321ull;
    for (int op = 0; op < 20000; op++) {
        uint64_t r = xrand(&seed);
        /* a working set that drifts, so the dict grows, shrinks, regrows */
        int span = op < 8000 ? 40 + op / 10 : op < 14000 ? 60 : 1199;
        int cls = (int)(r % (uint64_t)(span < NCLASS ? span : NCLASS));
        if (op % 7 == 0)
            cls = 600 + (int)(r % 600);
        GpObject *k = make_key(st, cls, r >> 32);
        uint64_t what = (r >> 16) % 100;
        if (op >= 8000 && op < 14000)
            what = what < 30 ? 0 : 60;   /* mostly deletes: many dummies */
        if (what < 45) {
            GpObject *v = gp_int_from_i64(st, 1000000 + op);
            assert_int_equal(gp_dict_set(st, d, k, v), 0);
            if (sh.key[cls]) {
                gp_decref(st, sh.value[cls]);
            } else {
                sh.key[cls] = gp_incref(k);
                sh.order[sh.n++] = cls;
            }
            sh.value[cls] = v;
        } else if (what < 75) {
            int rc = gp_dict_del(st, d, k);
            if (sh.key[cls]) {
                assert_int_equal(rc, 0);
                shadow_remove(&sh, cls);
                gp_decref(st, sh.key[cls]);
                gp_decref(st, sh.value[cls]);
                sh.key[cls] = sh.value[cls] = NULL;
            } else {
                assert_int_equal(rc, -1);
                assert_true(gp_err_matches(st, gp_type(st, GP_T_KEY_ERROR)));
                gp_err_clear(st);
            }
        } else if (what < 95) {
            GpObject *v = NULL;
            assert_int_equal(gp_dict_find(st, d, k, &v), sh.key[cls] != NULL);
            assert_ptr_equal(v, sh.value[cls]);
        } else {
            GpObject *dflt = gp_int_from_i64(st, 2000000 + op);
            GpObject *v = gp_dict_setdefault(st, d, k, dflt);
            if (!sh.key[cls]) {
                sh.key[cls] = gp_incref(k);
                sh.value[cls] = gp_incref(dflt);
                sh.order[sh.n++] = cls;
            }
            assert_ptr_equal(v, sh.value[cls]);
            gp_decref(st, v);
            gp_decref(st, dflt);
        }
        gp_decref(st, k);
        assert_int_equal(gp_dict_size(d), sh.n);
        if (op % 500 == 0 || op == 19999)
            shadow_check(st, d, &sh);
    }
    /* keys(), values(), items() snapshots */
    GpObject *keys = gp_dict_keys(st, d), *vals = gp_dict_values(st, d);
    GpObject *items = gp_dict_items(st, d);
    for (int i = 0; i < sh.n; i++) {
        assert_ptr_equal(gp_tuple_item(keys, i), sh.key[sh.order[i]]);
        assert_ptr_equal(gp_tuple_item(vals, i), sh.value[sh.order[i]]);
        assert_ptr_equal(gp_tuple_item(gp_tuple_item(items, i), 1), sh.value[sh.order[i]]);
    }
    gp_decref(st, keys);
    gp_decref(st, vals);
    gp_decref(st, items);
    for (int c = 0; c < NCLASS; c++) {
        gp_xdecref(st, sh.key[c]);
        gp_xdecref(st, sh.value[c]);
    }
    gp_decref(st, d);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

static void test_order_after_deletes_and_reinserts(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    GpObject *d = gp_dict_new(st);
    GpObject *k[10];
    for (int i = 0; i < 10; i++) {
        k[i] = i64(st, i * 8);     /* all collide in an 8-slot table */
        assert_int_equal(gp_dict_set(st, d, k[i], k[i]), 0);
    }
    for (int i = 0; i < 10; i += 3)
        assert_int_equal(gp_dict_del(st, d, k[i]), 0);
    assert_int_equal(gp_dict_set(st, d, k[0], k[1]), 0);
    assert_int_equal(gp_dict_set(st, d, k[4], k[0]), 0);   /* existing: keeps its place */
    assert_repr(st, d, "{8: 8, 16: 16, 32: 0, 40: 40, 56: 56, 64: 64, 0: 8}");
    /* an iterator over values sees the same order */
    GpObject *it = gp_dict_iter_values(st, d);
    const int64_t want[] = {8, 16, 0, 40, 56, 64, 8};
    for (int i = 0; i < 7; i++) {
        GpObject *v = it->type->iternext(st, it);
        int64_t x;
        assert_int_equal(gp_int_as_i64(st, v, &x), 0);
        assert_int_equal(x, want[i]);
        gp_decref(st, v);
    }
    assert_null(it->type->iternext(st, it));
    assert_null(it->type->iternext(st, it));     /* stays exhausted */
    assert_null(st->exc);
    gp_decref(st, it);
    for (int i = 0; i < 10; i++)
        gp_decref(st, k[i]);
    gp_decref(st, d);
    gp_state_destroy(st);
}

/* ---- table geometry ------------------------------------------------------- */

static void test_resize_boundaries(void **state)
{
    (void)state;
    GpState *st = make_state(64u << 20);
    size_t before = heap_blocks(st);
    GpObject *d = gp_dict_new(st);
    GpDictGeometry g;
    gp_dict_geometry(d, &g);
    assert_int_equal(g.slots, 0);       /* an empty dict has no table */
    /* CPython: 8 slots hold 5; the 6th key grows to 16 (used*3 = 15),
     * the 11th to 32, the 22nd to 64, the 43rd to 128, the 86th to 256 */
    const struct { int n; size_t slots, ixbytes; } steps[] = {
        {1, 8, 1}, {5, 8, 1}, {6, 16, 1}, {10, 16, 1}, {11, 32, 1}, {21, 32, 1},
        {22, 64, 1}, {43, 128, 1}, {85, 128, 1}, {86, 256, 2}, {21845, 32768, 2},
        {21846, 65536, 4},
    };
    int n = 0;
    for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++) {
        while (n < steps[s].n) {
            GpObject *k = i64(st, n * 7919);
            assert_int_equal(gp_dict_set(st, d, k, st->none), 0);
            gp_decref(st, k);
            n++;
        }
        gp_dict_geometry(d, &g);
        if (g.slots != steps[s].slots || g.index_bytes != steps[s].ixbytes)
            fail_msg("after %d keys: %zu slots of %zu bytes, want %zu of %zu", n, g.slots,
                     g.index_bytes, steps[s].slots, steps[s].ixbytes);
        assert_int_equal(g.nentries, n);
    }
    /* every key is still there */
    for (int i = 0; i < n; i += 97) {
        GpObject *k = i64(st, i * 7919);
        assert_ptr_equal(gp_dict_get(st, d, k), st->none);
        gp_decref(st, k);
    }
    /* deleting leaves the table; the next growth sizes by what is live */
    gp_dict_clear(st, d);
    for (int i = 0; i < 100; i++) {
        GpObject *k = i64(st, i);
        assert_int_equal(gp_dict_set(st, d, k, k), 0);
        gp_decref(st, k);
    }
    for (int i = 0; i < 80; i++) {
        GpObject *k = i64(st, i);
        assert_int_equal(gp_dict_del(st, d, k), 0);
        gp_decref(st, k);
    }
    gp_dict_geometry(d, &g);
    assert_int_equal(g.slots, 256);
    assert_int_equal(g.nentries, 100);
    for (int i = 0; i < 70; i++) {     /* fill the 170 usable entries */
        GpObject *k = i64(st, 1000 + i);
        assert_int_equal(gp_dict_set(st, d, k, k), 0);
        gp_decref(st, k);
    }
    gp_dict_geometry(d, &g);
    assert_int_equal(g.slots, 256);
    assert_int_equal(g.usable, 0);
    GpObject *k = i64(st, 5000);
    assert_int_equal(gp_dict_set(st, d, k, k), 0);   /* 90 live: 270 -> 512 */
    gp_decref(st, k);
    gp_dict_geometry(d, &g);
    assert_int_equal(g.slots, 512);
    assert_int_equal(g.nentries, 91);
    gp_decref(st, d);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- keys with a hostile __eq__ ------------------------------------------ */

typedef struct {
    GpObject ob;
    int64_t hash;
    int id;
} Evil;

enum { EVIL_PLAIN, EVIL_RAISE, EVIL_GROW, EVIL_DELETE, EVIL_CLEAR };
static int evil_mode;
static GpObject *evil_dict;

static void evil_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(Evil));
}

static int64_t evil_hash(GpState *st, GpObject *o)
{
    (void)st;
    return ((Evil *)o)->hash;
}

static GpObject *evil_compare(GpState *st, GpObject *a, GpObject *b, int op);

static GpType evil_type = {
    .ob = {.ob = {.rc = GP_RC_IMMORTAL}},
    .name = "Evil",
    .basicsize = sizeof(Evil),
    .dealloc = evil_dealloc,
    .hash = evil_hash,
    .richcompare = evil_compare,
};

static GpObject *evil_compare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if (a->type != &evil_type || b->type != &evil_type || op != GP_EQ)
        return gp_incref(st->not_implemented);
    int mode = evil_mode;
    evil_mode = EVIL_PLAIN;
    switch (mode) {
    case EVIL_RAISE:
        gp_err_format(st, gp_type(st, GP_T_VALUE_ERROR), "boom");
        return NULL;
    case EVIL_GROW:
        for (int i = 0; i < 100; i++) {
            GpObject *k = gp_int_from_i64(st, 10000 + i);
            if (gp_dict_set(st, evil_dict, k, k) != 0)
                return NULL;
            gp_decref(st, k);
        }
        break;
    case EVIL_DELETE:
        if (gp_dict_del(st, evil_dict, a) != 0 && gp_dict_del(st, evil_dict, b) != 0)
            return NULL;
        break;
    case EVIL_CLEAR:
        gp_dict_clear(st, evil_dict);
        break;
    }
    int eq = ((Evil *)a)->id == ((Evil *)b)->id;
    return gp_incref(eq ? st->true_ : st->false_);
}

static GpObject *evil(GpState *st, int64_t hash, int id)
{
    Evil *e = (Evil *)gp_obj_alloc(st, &evil_type, sizeof(Evil));
    assert_non_null(e);
    e->hash = hash;
    e->id = id;
    return GP_OBJ(e);
}

static void test_eq_that_changes_the_dict(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *d = gp_dict_new(st);
    evil_dict = d;
    GpObject *e1 = evil(st, 5, 1), *e2 = evil(st, 5, 2), *e1b = evil(st, 5, 1);
    GpObject *one = i64(st, 1);
    assert_int_equal(gp_dict_set(st, d, e1, one), 0);

    /* __eq__ raises: the error comes out, the dict is unchanged */
    evil_mode = EVIL_RAISE;
    assert_null(gp_dict_get(st, d, e2));
    assert_raised(st, GP_T_VALUE_ERROR, "ValueError('boom')");
    evil_mode = EVIL_RAISE;
    assert_int_equal(gp_dict_set(st, d, e2, one), -1);
    gp_err_clear(st);
    assert_int_equal(gp_dict_size(d), 1);

    /* __eq__ grows the dict (a resize): the lookup starts over */
    evil_mode = EVIL_GROW;
    assert_null(gp_dict_get(st, d, e2));
    assert_null(st->exc);
    assert_int_equal(gp_dict_size(d), 101);
    assert_ptr_equal(gp_dict_get(st, d, e1b), one);

    /* __eq__ deletes the key it is compared with: start over, then missing */
    evil_mode = EVIL_DELETE;
    assert_int_equal(gp_dict_set(st, d, e1b, st->none), 0);
    assert_int_equal(gp_dict_size(d), 101);      /* e1 went, e1b came */
    assert_ptr_equal(gp_dict_get(st, d, e1), st->none);

    /* __eq__ empties the dict mid-insertion */
    evil_mode = EVIL_CLEAR;
    assert_int_equal(gp_dict_set(st, d, e2, one), 0);
    assert_int_equal(gp_dict_size(d), 1);
    assert_ptr_equal(gp_dict_get(st, d, e2), one);

    /* equality with a mutating value compare */
    GpObject *d2 = gp_dict_new(st);
    assert_int_equal(gp_dict_set(st, d2, e2, one), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, d, d2, GP_EQ), 1);
    assert_int_equal(gp_dict_set(st, d2, e2, e1), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, d, d2, GP_NE), 1);

    gp_decref(st, d2);
    gp_decref(st, d);
    gp_decref(st, e1);
    gp_decref(st, e2);
    gp_decref(st, e1b);
    gp_decref(st, one);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- comparison, repr, copy, merge ----------------------------------------- */

static void test_compare_repr_copy_merge(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *a = gp_dict_new(st), *b = gp_dict_new(st);
    GpObject *k[6];
    for (int i = 0; i < 6; i++)
        k[i] = i64(st, 100 + i);
    for (int i = 0; i < 6; i++) {
        assert_int_equal(gp_dict_set(st, a, k[i], k[i]), 0);
        assert_int_equal(gp_dict_set(st, b, k[5 - i], k[5 - i]), 0);
    }
    assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_EQ), 1);   /* order is not compared */
    assert_int_equal(gp_dict_set(st, b, k[0], k[1]), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_EQ), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_NE), 1);
    assert_null(gp_obj_richcompare(st, a, b, GP_LT));
    assert_raised(st, GP_T_TYPE_ERROR,
                  "TypeError(\"'<' not supported between instances of 'dict' and 'dict'\")");
    assert_int_equal(gp_obj_richcompare_bool(st, a, k[0], GP_EQ), 0);

    /* a dict inside itself */
    GpObject *self = s8(st, "self");
    assert_int_equal(gp_dict_set(st, a, self, a), 0);
    assert_repr(st, a, "{100: 100, 101: 101, 102: 102, 103: 103, 104: 104, 105: 105, "
                       "'self': {...}}");
    GpObject *c = gp_dict_copy(st, a);
    assert_repr(st, c, "{100: 100, 101: 101, 102: 102, 103: 103, 104: 104, 105: 105, "
                       "'self': {100: 100, 101: 101, 102: 102, 103: 103, 104: 104, 105: 105, "
                       "'self': {...}}}");
    assert_int_equal(gp_dict_del(st, a, self), 0);   /* break the cycle */

    /* update overrides, merge(override=0) keeps */
    GpObject *m = gp_dict_copy(st, a);
    assert_int_equal(gp_dict_update(st, m, b), 0);
    assert_repr(st, m, "{100: 101, 101: 101, 102: 102, 103: 103, 104: 104, 105: 105}");
    GpObject *m2 = gp_dict_copy(st, a);
    assert_int_equal(gp_dict_merge(st, m2, b, 0), 0);
    assert_repr(st, m2, "{100: 100, 101: 101, 102: 102, 103: 103, 104: 104, 105: 105}");
    assert_int_equal(gp_dict_update(st, m2, k[0]), -1);
    assert_raised(st, GP_T_TYPE_ERROR, "TypeError(\"'int' object is not a mapping\")");
    GpObject *e = gp_dict_new(st);
    assert_int_equal(gp_dict_update(st, e, b), 0);   /* into an empty dict: a clone */
    assert_repr(st, e, "{105: 105, 104: 104, 103: 103, 102: 102, 101: 101, 100: 101}");

    /* a copy is independent */
    GpObject *cp = gp_dict_copy(st, e);
    assert_int_equal(gp_dict_del(st, cp, k[3]), 0);
    assert_int_equal(gp_dict_size(e), 6);
    assert_int_equal(gp_dict_size(cp), 5);

    GpObject *objs[] = {a, b, c, m, m2, e, cp, self};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        gp_decref(st, objs[i]);
    for (int i = 0; i < 6; i++)
        gp_decref(st, k[i]);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- iterators -------------------------------------------------------------- */

static void test_iteration_detects_changes(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *d = gp_dict_new_presized(st, 10);   /* no resize below */
    GpObject *k[4];
    for (int i = 0; i < 4; i++) {
        k[i] = i64(st, 1000 + i);
        assert_int_equal(gp_dict_set(st, d, k[i], k[i]), 0);
    }
    GpObject *it = d->type->iter(st, d);
    assert_ptr_equal(it->type, gp_type(st, GP_T_DICT_KEYITER));
    assert_ptr_equal(it->type->iter(st, it), it);
    gp_decref(st, it);
    GpObject *x = it->type->iternext(st, it);
    assert_ptr_equal(x, k[0]);
    gp_decref(st, x);
    assert_int_equal(gp_dict_del(st, d, k[2]), 0);
    assert_null(it->type->iternext(st, it));
    assert_raised(st, GP_T_RUNTIME_ERROR,
                  "RuntimeError('dictionary changed size during iteration')");
    assert_int_equal(gp_dict_set(st, d, k[2], k[2]), 0);   /* same size again */
    assert_null(it->type->iternext(st, it));
    assert_raised(st, GP_T_RUNTIME_ERROR,
                  "RuntimeError('dictionary changed size during iteration')");
    gp_decref(st, it);

    /* same size, different keys: CPython notices at the end */
    it = gp_dict_iter_keys(st, d);
    x = it->type->iternext(st, it);
    gp_decref(st, x);
    assert_int_equal(gp_dict_del(st, d, k[0]), 0);
    assert_int_equal(gp_dict_set(st, d, k[0], k[0]), 0);
    for (int i = 0; i < 3; i++) {
        x = it->type->iternext(st, it);
        assert_non_null(x);
        gp_decref(st, x);
    }
    assert_null(it->type->iternext(st, it));
    assert_raised(st, GP_T_RUNTIME_ERROR,
                  "RuntimeError('dictionary keys changed during iteration')");
    gp_decref(st, it);

    /* the iterator keeps the dict alive */
    it = gp_dict_iter_items(st, d);
    gp_decref(st, d);
    x = it->type->iternext(st, it);
    assert_repr(st, x, "(1001, 1001)");
    gp_decref(st, x);
    gp_decref(st, it);
    for (int i = 0; i < 4; i++)
        gp_decref(st, k[i]);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

/* ---- areas and MemoryError --------------------------------------------------- */

static void test_table_lives_in_the_dicts_area(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    gp_state_push_area(st, st->globals);
    GpObject *g = gp_dict_new(st);
    gp_state_pop_area(st);
    assert_int_equal(gp_image_area_of(st->img, g), GP_AREA_GLOBAL);
    for (int i = 0; i < 200; i++) {      /* grows while the heap is current */
        GpObject *k = i64(st, i * 3);
        assert_int_equal(gp_dict_set(st, g, k, k), 0);
        gp_decref(st, k);
    }
    assert_int_equal(gp_image_area_of(st->img, GP_DICT(g)->table), GP_AREA_GLOBAL);
    GpObject *c = gp_dict_copy(st, g);
    assert_int_equal(gp_image_area_of(st->img, GP_DICT(c)->table), GP_AREA_HEAP);
    gp_decref(st, c);
    gp_decref(st, g);
    check_image(st);
    gp_state_destroy(st);
}

static void test_memory_error_while_growing(void **state)
{
    (void)state;
    GpState *st = make_state(2u << 20);
    size_t before = heap_blocks(st);
    GpObject *d = gp_dict_new(st);
    int64_t n = 0;
    int dict_failed = 0;
    for (;;) {
        GpObject *k = gp_int_from_i64(st, 1000 + n);
        if (!k) {
            assert_true(gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR)));
            gp_err_clear(st);
            break;
        }
        int r = gp_dict_set(st, d, k, k);
        gp_decref(st, k);
        if (r != 0) {
            assert_true(gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR)));
            gp_err_clear(st);
            dict_failed = 1;
            break;
        }
        n++;
    }
    assert_true(dict_failed);
    assert_true(n > 1000);
    /* the dict is whole: every key is there, nothing else */
    assert_int_equal(gp_dict_size(d), n);
    for (int64_t i = 0; i < n; i += 7) {
        GpObject *k = i64(st, 1000 + i);
        GpObject *v = gp_dict_get(st, d, k);
        assert_non_null(v);
        gp_decref(st, k);
    }
    GpObject *k = i64(st, 1000 + n);
    assert_null(gp_dict_get(st, d, k));
    assert_null(st->exc);
    gp_decref(st, k);
    /* and usable: replace values, delete half, then after a clear grow
     * again (the full table cannot be rebuilt while it lives: a rebuild
     * needs a second table of the same size) */
    for (int64_t i = 0; i < n; i += 3) {
        k = i64(st, 1000 + i);
        assert_int_equal(gp_dict_set(st, d, k, st->none), 0);
        gp_decref(st, k);
    }
    for (int64_t i = 0; i < n; i += 2) {
        k = i64(st, 1000 + i);
        assert_int_equal(gp_dict_del(st, d, k), 0);
        gp_decref(st, k);
    }
    assert_int_equal(gp_dict_size(d), n - (n + 1) / 2);
    k = i64(st, 1003);
    assert_ptr_equal(gp_dict_get(st, d, k), st->none);
    gp_decref(st, k);
    gp_dict_clear(st, d);
    for (int64_t i = 0; i < 1000; i++) {
        k = i64(st, -1000 - i);
        assert_int_equal(gp_dict_set(st, d, k, k), 0);
        gp_decref(st, k);
    }
    assert_int_equal(gp_dict_size(d), 1000);
    check_image(st);
    gp_decref(st, d);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
    gp_state_destroy(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_set_get_del_and_errors),
        cmocka_unit_test(test_equal_numbers_are_one_key),
        cmocka_unit_test(test_reprs_match_cpython),
        cmocka_unit_test(test_random_operations_match_a_shadow_model),
        cmocka_unit_test(test_order_after_deletes_and_reinserts),
        cmocka_unit_test(test_resize_boundaries),
        cmocka_unit_test(test_eq_that_changes_the_dict),
        cmocka_unit_test(test_compare_repr_copy_merge),
        cmocka_unit_test(test_iteration_detects_changes),
        cmocka_unit_test(test_table_lives_in_the_dicts_area),
        cmocka_unit_test(test_memory_error_while_growing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
