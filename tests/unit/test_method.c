/* Methods seen from Python: descriptors in the type's dict, binding through
 * an instance, calls with CPython's argument-count errors, reprs,
 * AttributeError and "not callable". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "mem/mem.h"
#include "mem/stats.h"
#include "obj/error.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

static GpState *st;

static int setup(void **state)
{
    (void)state;
    char err[256];
    st = gp_state_create(&(GpImageConfig){.size = 16u << 20}, err, sizeof err);
    return st ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gp_state_destroy(st);
    return 0;
}

/* str(o) or, for NULL, "Type: message" of the pending exception */
static const char *text(GpObject *o, int use_repr)
{
    static char buf[512];
    size_t len;
    if (!o) {
        GpObject *e = gp_err_fetch(st);
        assert_non_null(e);
        GpObject *m = gp_obj_str(st, e);
        const char *u = gp_str_utf8(m, buf + 256, 256, &len);
        snprintf(buf, 256, "%s: %.*s", e->type->name, (int)len, u);
        gp_decref(st, m);
        gp_decref(st, e);
        return buf;
    }
    GpObject *r = use_repr ? gp_obj_repr(st, o) : gp_obj_str(st, o);
    const char *u = gp_str_utf8(r, buf, sizeof buf, &len);
    if (u != buf)
        snprintf(buf, sizeof buf, "%.*s", (int)len, u);
    gp_decref(st, r);
    return buf;
}

static GpObject *call_method(GpObject *self, const char *name, GpObject *const *args, size_t n)
{
    GpObject *m = gp_obj_getattr_cstr(st, self, name);
    if (!m)
        return NULL;
    GpObject *r = gp_obj_call(st, m, args, n, NULL);
    gp_decref(st, m);
    return r;
}

static void test_bound_methods_work(void **state)
{
    (void)state;
    GpObject *l = gp_list_new(st, 0);
    GpObject *one = gp_int_from_i64(st, 1), *two = gp_int_from_i64(st, 2);
    GpObject *r = call_method(l, "append", &one, 1);
    assert_ptr_equal(r, st->none);
    gp_decref(st, r);
    r = call_method(l, "append", &two, 1);
    gp_decref(st, r);
    GpObject *args[2] = {st->small_ints[5], st->small_ints[9]};   /* insert(0, 4) */
    r = call_method(l, "insert", args, 2);
    gp_decref(st, r);
    assert_string_equal(text(l, 1), "[4, 1, 2]");
    r = call_method(l, "pop", NULL, 0);
    assert_string_equal(text(r, 1), "2");
    gp_decref(st, r);
    r = call_method(l, "reverse", NULL, 0);
    gp_decref(st, r);
    assert_string_equal(text(l, 1), "[1, 4]");
    GpObject *s = gp_str_from_cstr(st, "Stra\xc3\x9f" "e");
    r = call_method(s, "upper", NULL, 0);
    assert_string_equal(text(r, 0), "STRASSE");
    gp_decref(st, r);
    r = call_method(s, "lower", NULL, 0);
    assert_string_equal(text(r, 0), "stra\xc3\x9f" "e");
    gp_decref(st, r);
    GpObject *objs[] = {l, one, two, s};
    for (size_t i = 0; i < 4; i++)
        gp_decref(st, objs[i]);
}

static void test_errors_as_cpython(void **state)
{
    (void)state;
    GpObject *l = gp_list_new(st, 0);
    GpObject *one = st->small_ints[6];
    GpObject *two_args[2] = {one, one};
    assert_string_equal(text(call_method(l, "append", NULL, 0), 0),
                        "TypeError: list.append() takes exactly one argument (0 given)");
    assert_string_equal(text(call_method(l, "clear", &one, 1), 0),
                        "TypeError: list.clear() takes no arguments (1 given)");
    assert_string_equal(text(call_method(l, "pop", two_args, 2), 0),
                        "TypeError: pop expected at most 1 argument, got 2");
    assert_string_equal(text(call_method(l, "pop", NULL, 0), 0),
                        "IndexError: pop from empty list");
    GpObject *x = gp_str_from_cstr(st, "x");
    GpObject *kw = gp_tuple_pack(st, 1, x);
    GpObject *m = gp_obj_getattr_cstr(st, l, "append");
    assert_string_equal(text(gp_obj_call(st, m, &one, 0, kw), 0),
                        "TypeError: list.append() takes no keyword arguments");
    assert_string_equal(text(gp_obj_getattr_cstr(st, l, "foo"), 0),
                        "AttributeError: 'list' object has no attribute 'foo'");
    assert_string_equal(text(gp_obj_getattr_cstr(st, one, "foo"), 0),
                        "AttributeError: 'int' object has no attribute 'foo'");
    assert_string_equal(text(gp_obj_call(st, st->none, NULL, 0, NULL), 0),
                        "TypeError: 'NoneType' object is not callable");
    gp_decref(st, m);
    gp_decref(st, kw);
    gp_decref(st, x);
    gp_decref(st, l);
}

static void test_descriptors_and_reprs(void **state)
{
    (void)state;
    GpObject *list_type = GP_OBJ(gp_type(st, GP_T_LIST));
    GpObject *d = gp_obj_getattr_cstr(st, list_type, "append");
    assert_non_null(d);
    assert_string_equal(d->type->name, "method_descriptor");
    assert_string_equal(text(d, 1), "<method 'append' of 'list' objects>");
    assert_int_equal(gp_image_area_of(st->img, d), GP_AREA_STATIC);
    /* list.append(l, 3) and the errors of calling it wrongly */
    GpObject *l = gp_list_new(st, 0);
    GpObject *three = st->small_ints[8];
    GpObject *args[2] = {l, three};
    GpObject *r = gp_obj_call(st, d, args, 2, NULL);
    gp_decref(st, r);
    assert_string_equal(text(l, 1), "[3]");
    GpObject *bad[2] = {three, three};
    assert_string_equal(text(gp_obj_call(st, d, bad, 2, NULL), 0),
                        "TypeError: descriptor 'append' for 'list' objects doesn't apply "
                        "to a 'int' object");
    assert_string_equal(text(gp_obj_call(st, d, NULL, 0, NULL), 0),
                        "TypeError: unbound method list.append() needs an argument");
    assert_string_equal(text(gp_obj_getattr_cstr(st, list_type, "nope"), 0),
                        "AttributeError: type object 'list' has no attribute 'nope'");
    GpObject *bound = gp_obj_getattr_cstr(st, l, "append");
    assert_string_equal(bound->type->name, "builtin_function_or_method");
    char want[128];
    snprintf(want, sizeof want, "<built-in method append of list object at %p>", (void *)l);
    assert_string_equal(text(bound, 1), want);
    assert_int_equal(gp_image_area_of(st->img, bound), GP_AREA_HEAP);
    gp_decref(st, bound);
    gp_decref(st, l);
    gp_decref(st, d);
}

static GpObject *fn_len(GpState *s, GpObject *self, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    ssize_t n = args[0]->type->seq->len(s, args[0]);
    return n < 0 ? NULL : gp_int_from_i64(s, n);
}

static void test_module_functions(void **state)
{
    (void)state;
    static const GpMethodDef len_def = {"len", fn_len, GP_METH_O};
    size_t before;
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    before = s.blocks;
    GpObject *f = gp_cfunction_new(st, &len_def, NULL);
    assert_string_equal(text(f, 1), "<built-in function len>");
    GpObject *t = gp_tuple_pack(st, 2, st->none, st->none);
    GpObject *r = gp_obj_call(st, f, &t, 1, NULL);
    assert_string_equal(text(r, 1), "2");
    gp_decref(st, r);
    assert_string_equal(text(gp_obj_call(st, f, NULL, 0, NULL), 0),
                        "TypeError: len() takes exactly one argument (0 given)");
    gp_decref(st, t);
    gp_decref(st, f);
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    assert_int_equal(s.blocks, before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bound_methods_work),
        cmocka_unit_test(test_errors_as_cpython),
        cmocka_unit_test(test_descriptors_and_reprs),
        cmocka_unit_test(test_module_functions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
