/* The object core: the state's static objects, reference counting and
 * freeing, str, tuple and exception objects, MemoryError on exhaustion. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "objtest.h"

#include "mem/mem.h"
#include "mem/stats.h"
#include "obj/error.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

static GpState *make_state(size_t size)
{
    char err[256];
    GpState *st = gp_state_create(&(GpImageConfig){.size = size}, err, sizeof err);
    if (!st)
        fail_msg("gp_state_create: %s", err);
    return st;
}

/* repr(o) as UTF-8, into buf */
static const char *repr_of(GpState *st, GpObject *o, char *buf, size_t cap)
{
    GpObject *r = gp_obj_repr(st, o);
    assert_non_null(r);
    size_t len;
    const char *u = gp_str_utf8(r, buf, cap, &len);
    assert_non_null(u);
    if (u != buf) {
        memcpy(buf, u, len);
        buf[len] = '\0';
    }
    gp_decref(st, r);
    return buf;
}

static void test_statics_live_in_the_static_area(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    GpObject *statics[] = {st->none, st->true_, st->false_, st->not_implemented,
                           st->empty_tuple, st->empty_str, st->memory_error,
                           GP_OBJ(gp_type(st, GP_T_STR)), GP_OBJ(gp_type(st, GP_T_TYPE))};
    for (size_t i = 0; i < sizeof statics / sizeof statics[0]; i++) {
        assert_int_equal(gp_image_area_of(st->img, statics[i]), GP_AREA_STATIC);
        assert_true(gp_refcount(statics[i]) >= GP_RC_IMMORTAL);
    }
    for (int t = 0; t < GP_T_COUNT; t++) {
        assert_non_null(gp_type(st, (GpTypeId)t));
        assert_ptr_equal(GP_TYPE(gp_type(st, (GpTypeId)t)), gp_type(st, GP_T_TYPE));
    }
    assert_true(gp_type_is_subtype(gp_type(st, GP_T_ZERO_DIVISION_ERROR),
                                   gp_type(st, GP_T_ARITHMETIC_ERROR)));
    assert_true(gp_type_is_subtype(gp_type(st, GP_T_RECURSION_ERROR),
                                   gp_type(st, GP_T_RUNTIME_ERROR)));
    assert_false(gp_type_is_subtype(gp_type(st, GP_T_KEY_ERROR),
                                    gp_type(st, GP_T_INDEX_ERROR)));
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
    gp_state_destroy(st);
}

static void test_new_objects_on_heap_and_freed_at_zero(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    size_t before = heap_blocks(st);
    GpObject *s = gp_str_from_cstr(st, "hello");
    assert_int_equal(gp_image_area_of(st->img, s), GP_AREA_HEAP);
    assert_int_equal(gp_refcount(s), 1);
    GpObject *t = gp_tuple_pack(st, 2, s, st->none);
    assert_int_equal(gp_refcount(s), 2);
    assert_int_equal(heap_blocks(st), before + 2);
    gp_decref(st, s);
    assert_int_equal(gp_refcount(s), 1);
    gp_decref(st, t);   /* frees the tuple, then the string */
    assert_int_equal(heap_blocks(st), before);
    gp_state_destroy(st);
}

static void test_freed_memory_is_reused(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    GpObject *a = gp_str_from_cstr(st, "abc");
    void *addr = a;
    gp_decref(st, a);
    GpObject *b = gp_str_from_cstr(st, "xyz");
    assert_ptr_equal(b, addr);   /* the block freed last comes back first */
    gp_decref(st, b);
    gp_state_destroy(st);
}

static void test_str_kinds_and_utf8(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    const struct {
        const char *utf8;
        size_t length;
        int kind;
    } cases[] = {
        {"", 0, 1}, {"ascii", 5, 1}, {"caf\xc3\xa9", 4, 1},
        {"\xe2\x82\xac", 1, 2}, {"a\xf0\x9f\x98\x80z", 3, 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        GpObject *s = gp_str_from_cstr(st, cases[i].utf8);
        assert_non_null(s);
        assert_int_equal(GP_STR(s)->length, cases[i].length);
        assert_int_equal(GP_STR(s)->kind, cases[i].kind);
        char buf[64];
        size_t len;
        const char *u = gp_str_utf8(s, buf, sizeof buf, &len);
        assert_int_equal(len, strlen(cases[i].utf8));
        assert_memory_equal(u, cases[i].utf8, len);
        gp_decref(st, s);
    }
    GpObject *e = gp_str_from_cstr(st, "a\xf0\x9f\x98\x80z");
    assert_int_equal(gp_str_at(e, 1), 0x1F600);
    gp_decref(st, e);
    gp_state_destroy(st);
}

static void test_invalid_utf8_raises(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    const struct {
        const char *bytes;
        const char *msg;
    } cases[] = {
        /* messages as CPython's bytes.decode('utf-8') */
        {"ab\xff", "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
        {"\xc3(", "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"},
        {"x\xe2\x82", "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"},
        {"\xed\xa0\x80", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
        {"\xc0\x80", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_null(gp_str_from_cstr(st, cases[i].bytes));
        assert_true(gp_err_matches(st, gp_type(st, GP_T_VALUE_ERROR)));
        GpObject *exc = gp_err_fetch(st);
        GpObject *msg = gp_obj_str(st, exc);
        char buf[160];
        size_t len;
        const char *u = gp_str_utf8(msg, buf, sizeof buf, &len);
        assert_string_equal(u, cases[i].msg);
        gp_decref(st, msg);
        gp_decref(st, exc);
        assert_false(gp_err_occurred(st));
    }
    gp_state_destroy(st);
}

static void test_reprs_as_cpython(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    /* each pair: the str's UTF-8, then repr() as CPython 3.11 prints it */
    const char *cases[][2] = {
        {"abc", "'abc'"},
        {"it's", "\"it's\""},
        {"say \"hi\"", "'say \"hi\"'"},
        {"both ' and \"", "'both \\' and \"'"},
        {"tab\tnl\ncr\r", "'tab\\tnl\\ncr\\r'"},
        {"back\\slash", "'back\\\\slash'"},
        {"\x01\x1f\x7f", "'\\x01\\x1f\\x7f'"},
        {"caf\xc3\xa9", "'caf\xc3\xa9'"},
        {"\xc2\xa0\xc2\xad", "'\\xa0\\xad'"},
        {"\xe2\x80\xa8\xe2\x82\xac", "'\\u2028\xe2\x82\xac'"},
        {"\xf0\x9f\x98\x80\xf3\xa0\x80\x81", "'\xf0\x9f\x98\x80\\U000e0001'"},
    };
    char buf[128];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        GpObject *s = gp_str_from_cstr(st, cases[i][0]);
        assert_string_equal(repr_of(st, s, buf, sizeof buf), cases[i][1]);
        gp_decref(st, s);
    }
    assert_string_equal(repr_of(st, st->none, buf, sizeof buf), "None");
    assert_string_equal(repr_of(st, st->true_, buf, sizeof buf), "True");
    GpObject *a = gp_str_from_cstr(st, "a");
    GpObject *t1 = gp_tuple_pack(st, 1, a);
    GpObject *t3 = gp_tuple_pack(st, 3, a, st->none, t1);
    assert_string_equal(repr_of(st, st->empty_tuple, buf, sizeof buf), "()");
    assert_string_equal(repr_of(st, t1, buf, sizeof buf), "('a',)");
    assert_string_equal(repr_of(st, t3, buf, sizeof buf), "('a', None, ('a',))");
    gp_decref(st, t3);
    gp_decref(st, t1);
    gp_decref(st, a);
    gp_state_destroy(st);
}

static void test_exceptions(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    char buf[128];
    gp_err_format(st, gp_type(st, GP_T_ZERO_DIVISION_ERROR), "division by zero");
    assert_true(gp_err_occurred(st));
    assert_true(gp_err_matches(st, gp_type(st, GP_T_ARITHMETIC_ERROR)));
    assert_true(gp_err_matches(st, gp_type(st, GP_T_EXCEPTION)));
    assert_false(gp_err_matches(st, gp_type(st, GP_T_LOOKUP_ERROR)));
    GpObject *e = gp_err_fetch(st);
    assert_false(gp_err_occurred(st));
    assert_string_equal(repr_of(st, e, buf, sizeof buf), "ZeroDivisionError('division by zero')");
    GpObject *s = gp_obj_str(st, e);
    assert_true(gp_str_equal_cstr(s, "division by zero"));
    gp_decref(st, s);
    gp_decref(st, e);
    /* no arguments, and several */
    gp_err_set(st, gp_type(st, GP_T_STOP_ITERATION), NULL);
    e = gp_err_fetch(st);
    assert_string_equal(repr_of(st, e, buf, sizeof buf), "StopIteration()");
    s = gp_obj_str(st, e);
    assert_int_equal(GP_STR(s)->length, 0);
    gp_decref(st, s);
    gp_decref(st, e);
    GpObject *x = gp_str_from_cstr(st, "x");
    GpObject *args = gp_tuple_pack(st, 2, x, st->none);
    e = gp_exc_new(st, gp_type(st, GP_T_KEY_ERROR), args);
    assert_string_equal(repr_of(st, e, buf, sizeof buf), "KeyError('x', None)");
    s = gp_obj_str(st, e);
    assert_string_equal(repr_of(st, s, buf, sizeof buf), "\"('x', None)\"");
    gp_decref(st, s);
    gp_decref(st, e);
    gp_decref(st, args);
    gp_decref(st, x);
    gp_state_destroy(st);
}

static void test_compare_and_hash(void **state)
{
    (void)state;
    GpState *st = make_state(16u << 20);
    GpObject *a = gp_str_from_cstr(st, "apple");
    GpObject *a2 = gp_str_from_cstr(st, "apple");
    GpObject *b = gp_str_from_cstr(st, "banana");
    GpObject *e = gp_str_from_cstr(st, "\xe2\x82\xac");
    assert_int_equal(gp_obj_richcompare_bool(st, a, a2, GP_EQ), 1);
    assert_int_equal(gp_obj_richcompare_bool(st, a, b, GP_LT), 1);
    assert_int_equal(gp_obj_richcompare_bool(st, b, a, GP_LE), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, e, b, GP_GT), 1);
    assert_int_equal(gp_obj_hash(st, a), gp_obj_hash(st, a2));
    assert_int_equal(gp_obj_richcompare_bool(st, a, st->none, GP_EQ), 0);
    assert_int_equal(gp_obj_richcompare_bool(st, a, st->none, GP_LT), -1);
    GpObject *exc = gp_err_fetch(st);
    char buf[128];
    GpObject *msg = gp_obj_str(st, exc);
    size_t len;
    assert_string_equal(gp_str_utf8(msg, buf, sizeof buf, &len),
                        "'<' not supported between instances of 'str' and 'NoneType'");
    gp_decref(st, msg);
    gp_decref(st, exc);
    GpObject *objs[] = {a, a2, b, e};
    for (size_t i = 0; i < 4; i++)
        gp_decref(st, objs[i]);
    gp_state_destroy(st);
}

static void test_memory_error_when_heap_is_full(void **state)
{
    (void)state;
    GpState *st = make_state(8u << 20);
    size_t before = heap_blocks(st);
    GpObject *chain = gp_incref(st->empty_tuple);
    size_t n = 0;
    for (;;) {
        GpObject *s = gp_str_from_cstr(st, "some text that takes room in the heap");
        GpObject *t = s ? gp_tuple_pack(st, 2, s, chain) : NULL;
        gp_xdecref(st, s);
        if (!t)
            break;
        gp_decref(st, chain);
        chain = t;
        n++;
    }
    assert_true(n > 1000);
    assert_true(gp_err_matches(st, gp_type(st, GP_T_MEMORY_ERROR)));
    gp_err_clear(st);
    /* tens of thousands of nested tuples: freed without deep C recursion */
    assert_true(n > 20000);
    gp_decref(st, chain);
    assert_int_equal(heap_blocks(st), before);
    GpObject *again = gp_str_from_cstr(st, "room again");
    assert_non_null(again);
    gp_decref(st, again);
    char err[256];
    assert_int_equal(gp_stats_check(st->img, err, sizeof err), 0);
    gp_state_destroy(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_statics_live_in_the_static_area),
        cmocka_unit_test(test_new_objects_on_heap_and_freed_at_zero),
        cmocka_unit_test(test_freed_memory_is_reused),
        cmocka_unit_test(test_str_kinds_and_utf8),
        cmocka_unit_test(test_invalid_utf8_raises),
        cmocka_unit_test(test_reprs_as_cpython),
        cmocka_unit_test(test_exceptions),
        cmocka_unit_test(test_compare_and_hash),
        cmocka_unit_test(test_memory_error_when_heap_is_full),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
