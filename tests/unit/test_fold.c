/* Constant folding (lang/fold.c) seen in the compiled code: which
 * operations are gone, which stay for run time (and on which line), the
 * constants made and where they live, and that the pass leaks nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "objtest.h"

#include "lang/ast.h"
#include "lang/compile.h"
#include "lang/parser.h"
#include "obj/code.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/set.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/opcode.h"

static GpState *st;

static int setup(void **state)
{
    (void)state;
    char err[256];
    st = gp_state_create(&(GpImageConfig){.size = 64u << 20}, err, sizeof err);
    if (!st)
        fail_msg("gp_state_create: %s", err);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    gp_state_destroy(st);
    return 0;
}

static GpCode *compile_src(const char *src)
{
    GpSyntaxError se;
    GpAst *mod = gp_parse(st->heap, src, strlen(src), "<test>", GP_PARSE_EXEC, &se);
    if (!mod)
        fail_msg("parse: %s", se.msg);
    GpObject *code = gp_compile(st, mod, "<test>", &se);
    gp_ast_free(mod);
    if (!code)
        fail_msg("compile: %s", se.msg);
    return GP_CODE(code);
}

/* How many instructions of opcode op; the line of the last one in *line. */
static int count_op(const GpCode *co, int op, int *line)
{
    int n = 0;
    for (size_t i = 0; i < co->ncode; i++)
        if (GP_OP(co->code[i]) == op) {
            n++;
            if (line)
                *line = (int)co->lines[i];
        }
    return n;
}

static int is_static(GpObject *o)
{
    return gp_image_area_of(st->img, o) == GP_AREA_STATIC;
}

/* Every constant (tuple and frozenset items too) lives in the static area. */
static void assert_all_static(GpObject *o)
{
    assert_true(is_static(o));
    if (o->type == gp_type(st, GP_T_TUPLE))
        for (size_t i = 0; i < gp_tuple_size(o); i++)
            assert_all_static(gp_tuple_item(o, i));
    if (o->type == gp_type(st, GP_T_FROZENSET)) {
        size_t pos = 0;
        GpObject *k;
        int64_t h;
        while (gp_set_next(o, &pos, &k, &h))
            assert_all_static(k);
    }
}

static void test_arith_folded(void **state)
{
    (void)state;
    GpCode *co = compile_src("x = 2 * 3 + 1\ny = -(4) ** 2\nz = 'ab' * 2 + 'c'\n"
                             "w = (1, (2.5, 'q'))[1][0]\n");
    assert_int_equal(count_op(co, GP_OP_BINARY_OP, NULL), 0);
    assert_int_equal(count_op(co, GP_OP_UNARY_NEGATIVE, NULL), 0);
    assert_int_equal(count_op(co, GP_OP_BINARY_SUBSCR, NULL), 0);
    GpObject *k = co->consts;
    /* 7, -16, 'ababc', 2.5, None: no operand survives */
    assert_int_equal(gp_tuple_size(k), 5);
    assert_int_equal(GP_INT(gp_tuple_item(k, 0))->u.s.v, 7);
    assert_int_equal(GP_INT(gp_tuple_item(k, 1))->u.s.v, -16);
    assert_true(gp_str_equal_cstr(gp_tuple_item(k, 2), "ababc"));
    assert_true(GP_FLOAT(gp_tuple_item(k, 3))->v == 2.5);
    assert_all_static(k);
}

static void test_errors_stay(void **state)
{
    (void)state;
    int line = 0;
    GpCode *co = compile_src("a = 1\nb = 1 / 0\n");
    assert_int_equal(count_op(co, GP_OP_BINARY_OP, &line), 1);
    assert_int_equal(line, 2);      /* the traceback names line 2 */
    co = compile_src("a = 1\n\nb = 'a' + 1\nc = (1, 2)[7]\n");
    assert_int_equal(count_op(co, GP_OP_BINARY_OP, &line), 1);
    assert_int_equal(line, 3);
    assert_int_equal(count_op(co, GP_OP_BINARY_SUBSCR, &line), 1);
    assert_int_equal(line, 4);
}

static void test_limits(void **state)
{
    (void)state;
    /* CPython's limits: 128-bit ints, 256-item and 4096-char repetitions */
    GpCode *co = compile_src("a = 2 ** 64\nb = 1 << 127\nc = 'x' * 4096\nd = (1, 2) * 128\n");
    assert_int_equal(count_op(co, GP_OP_BINARY_OP, NULL), 0);
    co = compile_src("a = 2 ** 65\nb = 1 << 128\nc = 'x' * 4097\nd = (1, 2) * 129\n"
                     "e = 2 ** 100 * 1\nf = ((1,) * 200,) * 6\n");
    assert_int_equal(count_op(co, GP_OP_BINARY_OP, NULL), 7);
}

static void test_distinct_constants(void **state)
{
    (void)state;
    GpCode *co = compile_src("a = 0.0\nb = -0.0\nc = 0\nd = False\ne = 1\nf = True\n"
                             "g = 1.0\nh = 0.0\ni = -(0.0)\nj = 0 * 1\n");
    /* 0.0, -0.0, 0, False, 1, True, 1.0, None: repeats are the same entry */
    assert_int_equal(gp_tuple_size(co->consts), 8);
    co = compile_src("t = (0.0, -0.0, 0, False)\n");
    GpObject *t = gp_tuple_item(co->consts, 0);
    assert_int_equal(gp_tuple_size(t), 4);
    assert_ptr_not_equal(gp_tuple_item(t, 0), gp_tuple_item(t, 1));
    assert_ptr_equal(gp_tuple_item(t, 3), st->false_);
    assert_ptr_equal(gp_tuple_item(t, 2)->type, gp_type(st, GP_T_INT));
}

static void test_shared_across_code(void **state)
{
    (void)state;
    GpCode *co = compile_src("x = (1, (2, 3))\ndef f():\n    return (2, 3), 2 ** 64\n"
                             "y = 18446744073709551616\n");
    GpObject *mod_t = gp_tuple_item(co->consts, 0);
    GpCode *f = NULL;
    for (size_t i = 0; i < gp_tuple_size(co->consts); i++)
        if (gp_tuple_item(co->consts, i)->type == gp_type(st, GP_T_CODE))
            f = GP_CODE(gp_tuple_item(co->consts, i));
    assert_non_null(f);
    /* f returns one folded constant ((2, 3), 2**64) whose items are the
     * module's objects */
    GpObject *ft = NULL;
    for (size_t i = 0; i < gp_tuple_size(f->consts); i++)
        if (gp_tuple_item(f->consts, i)->type == gp_type(st, GP_T_TUPLE))
            ft = gp_tuple_item(f->consts, i);
    assert_non_null(ft);
    assert_ptr_equal(gp_tuple_item(ft, 0), gp_tuple_item(mod_t, 1));
    GpObject *big = NULL;
    for (size_t i = 0; i < gp_tuple_size(co->consts); i++)
        if (gp_tuple_item(co->consts, i)->type == gp_type(st, GP_T_INT))
            big = gp_tuple_item(co->consts, i);
    assert_ptr_equal(gp_tuple_item(ft, 1), big);
}

static void test_iterables(void **state)
{
    (void)state;
    GpCode *co = compile_src("x = 1\nx in [1, 2, 3]\nx in {4, 5}\nfor i in [6, x]: pass\n");
    assert_int_equal(count_op(co, GP_OP_BUILD_LIST, NULL), 0);
    assert_int_equal(count_op(co, GP_OP_BUILD_SET, NULL), 0);
    assert_int_equal(count_op(co, GP_OP_BUILD_TUPLE, NULL), 1);   /* (6, x) */
    int tuples = 0, sets = 0;
    for (size_t i = 0; i < gp_tuple_size(co->consts); i++) {
        GpObject *k = gp_tuple_item(co->consts, i);
        tuples += k->type == gp_type(st, GP_T_TUPLE);
        sets += k->type == gp_type(st, GP_T_FROZENSET);
    }
    assert_int_equal(tuples, 1);
    assert_int_equal(sets, 1);
    assert_all_static(co->consts);
}

static void test_dead_code(void **state)
{
    (void)state;
    GpCode *co = compile_src("if 0:\n    y = 1\nx = 2\n");
    /* LOAD_CONST 2, STORE_NAME x, LOAD_CONST None, RETURN_VALUE */
    assert_int_equal(co->ncode, 4);
    co = compile_src("while 1:\n    break\nelse:\n    z = 3\n");
    assert_int_equal(count_op(co, GP_OP_POP_JUMP_IF_FALSE, NULL), 0);
    assert_int_equal(count_op(co, GP_OP_STORE_NAME, NULL), 0);
    co = compile_src("v = 'a' if __debug__ else 'b'\n");
    assert_int_equal(count_op(co, GP_OP_POP_JUMP_IF_FALSE, NULL), 0);
    assert_int_equal(count_op(co, GP_OP_LOAD_NAME, NULL), 0);
}

static void test_no_leak(void **state)
{
    (void)state;
    const char *src = "a = (1, 2, (3, 'x' * 50)) * 3\nb = 2 ** 64 + 1.5\nc = 1 / 0 if 0 else 2\n"
                      "d = [i for i in [1, 2.5, 'q']]\ne = 'abc'[1] + 'd'\n";
    compile_src(src);   /* the first time fills the free lists */
    size_t before = heap_blocks(st);
    for (int i = 0; i < 3; i++)
        compile_src(src);
    assert_int_equal(heap_blocks(st), before);
    check_image(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arith_folded),
        cmocka_unit_test(test_errors_stay),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_distinct_constants),
        cmocka_unit_test(test_shared_across_code),
        cmocka_unit_test(test_iterables),
        cmocka_unit_test(test_dead_code),
        cmocka_unit_test(test_no_leak),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
