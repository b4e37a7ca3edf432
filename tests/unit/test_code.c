/* Code object positions (obj/code.h): the line table and the position
 * stream round-trip every kind of range, and the compiler gives operator,
 * subscript, call and method instructions the ranges CPython 3.11's
 * co_positions gives them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lang/compile.h"
#include "lang/parser.h"
#include "obj/code.h"
#include "obj/state.h"
#include "obj/tuple.h"
#include "vm/eval.h"
#include "vm/opcode.h"

static GpState *st;

static int setup(void **state)
{
    (void)state;
    char err[256];
    st = gp_state_create(&(GpImageConfig){.size = 32u << 20}, err, sizeof err);
    return st && gp_vm_init(st) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gp_state_destroy(st);
    return 0;
}

static void test_roundtrip(void **state)
{
    (void)state;
    static const GpPos pos[] = {
        {1, 1, 0, 5},           /* one line */
        {1, 1, -1, -1},         /* columns unknown */
        {2, 7, 4, 1},           /* several lines, end column before start */
        {3, 3, 127, 128},       /* one and two byte numbers */
        {4, 4, 20000, 70000},   /* three byte numbers */
        {100000, 100300, 0, 0}, /* far lines */
        {5, 5, 0, -1},          /* end unknown */
    };
    size_t n = sizeof pos / sizeof pos[0];
    GpCode *c = gp_code_new(st, n);
    assert_non_null(c);
    c->firstlineno = 1;
    c->consts = c->names = c->varnames = c->cellvars = c->freevars = NULL;
    assert_int_equal(gp_code_set_positions(st, c, pos), 0);
    for (size_t i = 0; i < n; i++) {
        GpPos p = gp_code_position(c, i);
        assert_int_equal(p.line, pos[i].line);
        assert_int_equal(p.end_line, pos[i].end_line);
        assert_int_equal(p.col, pos[i].col);
        assert_int_equal(p.end_col, pos[i].end_col);
        assert_int_equal(gp_code_line_of(c, i), pos[i].line);
    }
    /* compact: three bytes for small numbers */
    assert_true(c->npositions < 3 * n + 12);
    GpPos past = gp_code_position(c, n);
    assert_int_equal(past.line, 1);
    assert_int_equal(past.col, -1);
    gp_decref(st, GP_OBJ(c));
}

/* The position of the first instruction with opcode op in the module code
 * of src. */
static GpPos position_of(const char *src, int op)
{
    GpSyntaxError se;
    GpAst *mod = gp_parse(st->heap, src, strlen(src), "t.py", GP_PARSE_EXEC, &se);
    assert_non_null(mod);
    GpObject *code = gp_compile(st, mod, "t.py", &se);
    gp_ast_free(mod);
    assert_non_null(code);
    GpCode *c = GP_CODE(code);
    GpPos r = {0, 0, -2, -2};
    for (size_t i = 0; i < c->ncode; i++)
        if ((int)(c->code[i] & 0xff) == op) {
            r = gp_code_position(c, i);
            break;
        }
    gp_decref(st, code);
    return r;
}

static void expect(const char *src, int op, int line, int end_line, int col, int end_col)
{
    GpPos p = position_of(src, op);
    if (p.line != line || p.end_line != end_line || p.col != col || p.end_col != end_col)
        fail_msg("%s: got (%d, %d, %d, %d), want (%d, %d, %d, %d)", src, p.line, p.end_line,
                 p.col, p.end_col, line, end_line, col, end_col);
}

/* The expected values are CPython 3.11's co_positions for the same code. */
static void test_compiled(void **state)
{
    (void)state;
    expect("x = a + b * c\n", GP_OP_BINARY_OP, 1, 1, 8, 13);
    expect("y = [1][i]\n", GP_OP_BINARY_SUBSCR, 1, 1, 4, 10);
    expect("f(1,\n  2)\n", GP_OP_CALL_FUNCTION, 1, 2, 0, 4);
    expect("x = 'é' + g(z)\n", GP_OP_CALL_FUNCTION, 1, 1, 11, 15);
    expect("o.m(1)\n", GP_OP_LOAD_METHOD, 1, 1, 0, 3);
    expect("o.m(1)\n", GP_OP_CALL_METHOD, 1, 1, 0, 6);
    expect("(o\n .m(1))\n", GP_OP_CALL_METHOD, 2, 2, 2, 6);
    expect("(o\n .m(1))\n", GP_OP_LOAD_METHOD, 2, 2, 2, 3);
    expect("v = o.attr\n", GP_OP_LOAD_ATTR, 1, 1, 4, 10);
    expect("assert a < b, 'm'\n", GP_OP_RAISE_VARARGS, 1, 1, 7, 12);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip),
        cmocka_unit_test(test_compiled),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
