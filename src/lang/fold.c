/*
 * fold.c - constant folding (fold.h), as CPython 3.11's Python/ast_opt.c.
 *
 * One post-order walk over the tree: children first, then the node itself
 * is replaced by a Constant when its value can be known at compile time
 * and computing it cannot fail or blow up:
 *
 *   -1, ~5, not 0, +x.y          unary operators on a constant
 *   2 * 3, 'a' + 'b', 7 // 2.0   binary operators on two constants, but
 *                                not  x @ y,  'fmt' % v  (str and bytes
 *                                formatting), nor a result that would be
 *                                huge (the GP_FOLD_MAX_* limits on *, **
 *                                and <<), nor anything that raises: 1/0
 *                                and 'a' + 1 stay run-time errors, with
 *                                their line in the traceback
 *   'abc'[1], (1, 2)[0]          an int subscript of a str, bytes, tuple
 *   (1, (2, 'x'))                a tuple display of constants (Load only)
 *   x in [1, 2]; for x in [a]    the list after `in` / the iterable of a
 *   x in {1, 2}                  `for` or a comprehension becomes a tuple,
 *                                a set of constants a frozenset
 *   not (a is b), not (a in b)   become  a is not b,  a not in b  (only
 *                                these four: `not a < b` is not `a >= b`
 *                                for sets or nan)
 *   __debug__                    True (glasspy has no -O)
 *
 * The results are computed with the ordinary object operations in the
 * heap, so they are exactly what the program would have computed; the
 * pass keeps them alive in `made` until the compiler is done.  What is
 * NOT folded, as in CPython 3.11: f-strings (JoinedStr), comparisons,
 * boolean operators, slices ('abc'[1:2]), and anything with a complex or
 * Ellipsis operand (glasspy has neither type yet).
 *
 * A docstring is only a string written as a literal: a folded 'a' + 'b'
 * at the top of a body is a Constant of kind GP_CONST_OBJECT, which the
 * compiler and the symbol table do not take for a docstring (CPython
 * wraps it in a JoinedStr for the same effect).
 *
 * The second half is the compilation's constant pool (gp_fold_merge), the
 * equivalent of CPython's c_const_cache: a hash table of constants (in
 * the static area; in the heap for eval/exec code, GpState.consts) in
 * which equal values of the same type are one object, so
 * `a = 2**64; b = 2**64; a is b` holds even across functions.  Equality
 * here is stricter than ==: 1, 1.0 and True are three constants, and so
 * are 0.0 and -0.0 (compared bit for bit).
 */
#include "lang/fold.h"

#include <string.h>

#include "mem/mem.h"
#include "obj/bytes.h"
#include "obj/code.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/set.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

/* ==== values ============================================================ */

static int is_type(GpFold *f, GpObject *o, GpTypeId t)
{
    return o->type == gp_type(f->st, t);
}

static int is_int(GpFold *f, GpObject *o)
{
    return is_type(f, o, GP_T_INT) || is_type(f, o, GP_T_BOOL);
}

/* Keep a new reference alive until gp_fold_release; returns it (borrowed)
 * or NULL when memory ran out. */
static GpObject *keep(GpFold *f, GpObject *o)
{
    if (!f->made && !(f->made = gp_list_new(f->st, 0))) {
        gp_decref(f->st, o);
        return NULL;
    }
    int rc = gp_list_append(f->st, f->made, o);
    gp_decref(f->st, o);
    return rc ? NULL : o;
}

/* The value of e if it is a Constant: 1 and *out (borrowed), 0 when it is
 * not a constant or has no object type yet, -1 when memory ran out. */
static int value_of(GpFold *f, const GpAst *e, GpObject **out)
{
    GpState *st = f->st;
    if (e->kind != GP_AST_CONSTANT)
        return 0;
    const GpConst *k = &e->v.constant.value;
    GpObject *o;
    switch (k->kind) {
    case GP_CONST_OBJECT: *out = k->obj; return 1;
    case GP_CONST_NONE: *out = st->none; return 1;
    case GP_CONST_TRUE: *out = st->true_; return 1;
    case GP_CONST_FALSE: *out = st->false_; return 1;
    case GP_CONST_INT: o = gp_int_from_str(st, k->str, k->len, 10); break;
    case GP_CONST_FLOAT: o = gp_float_from_double(st, k->num); break;
    case GP_CONST_STR: o = gp_str_from_utf8(st, k->str, k->len); break;
    case GP_CONST_BYTES: o = gp_bytes_from(st, k->str, k->len); break;
    default: return 0;      /* complex, Ellipsis */
    }
    if (!o || !(o = keep(f, o)))
        return -1;
    *out = o;
    return 1;
}

/* Turn node into a Constant holding val (a new reference).  val NULL: the
 * operation raised, the node stays as it was (the error happens again at
 * run time).  0, or -1 when memory ran out. */
static int make_const(GpFold *f, GpAst *node, GpObject *val)
{
    if (!val) {
        gp_err_clear(f->st);
        return 0;
    }
    if (!keep(f, val))
        return -1;
    node->kind = GP_AST_CONSTANT;
    memset(&node->v.constant, 0, sizeof node->v.constant);
    node->v.constant.value.kind = GP_CONST_OBJECT;
    node->v.constant.value.obj = val;
    return 0;
}

int gp_fold_truth(GpState *st, const GpAst *e)
{
    if (e->kind != GP_AST_CONSTANT)
        return -1;
    const GpConst *k = &e->v.constant.value;
    switch (k->kind) {
    case GP_CONST_NONE:
    case GP_CONST_FALSE: return 0;
    case GP_CONST_TRUE:
    case GP_CONST_ELLIPSIS: return 1;
    case GP_CONST_INT: return !(k->len == 1 && k->str[0] == '0');
    case GP_CONST_FLOAT:
    case GP_CONST_COMPLEX: return k->num != 0.0;
    case GP_CONST_STR:
    case GP_CONST_BYTES: return k->len != 0;
    case GP_CONST_OBJECT: {
        int t = gp_obj_truth(st, k->obj);   /* never fails for constants */
        if (t < 0)
            gp_err_clear(st);
        return t;
    }
    }
    return -1;
}

/* ==== the limits on *, ** and << ======================================= */

static int64_t int_sign(GpObject *o)
{
    if (gp_int_is_small(o))
        return GP_INT(o)->u.s.v < 0 ? -1 : GP_INT(o)->u.s.v > 0;
    return mpz_sgn(&GP_INT(o)->u.z);
}

/* Bits of |o| (0 for 0), CPython's _PyLong_NumBits. */
static size_t int_bits(GpObject *o)
{
    if (!gp_int_is_small(o))
        return mpz_sizeinbase(&GP_INT(o)->u.z, 2);
    int64_t v = GP_INT(o)->u.s.v;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    size_t n = 0;
    for (; m; m >>= 1)
        n++;
    return n;
}

/* o as a non-negative size, or -1 when it is negative or too big (where
 * CPython's PyLong_AsSize_t / PyLong_AsLong would raise). */
static int64_t int_size(GpObject *o)
{
    if (!gp_int_is_small(o) || GP_INT(o)->u.s.v < 0)
        return -1;
    return GP_INT(o)->u.s.v;
}

/* Items in a tuple or frozenset, nested ones included, against a budget:
 * what is left of limit (negative: too many). */
static int64_t complexity(GpFold *f, GpObject *o, int64_t limit)
{
    if (is_type(f, o, GP_T_TUPLE)) {
        size_t n = gp_tuple_size(o);
        limit -= (int64_t)n;
        for (size_t i = 0; limit >= 0 && i < n; i++)
            limit = complexity(f, gp_tuple_item(o, i), limit);
    } else if (is_type(f, o, GP_T_FROZENSET)) {
        size_t pos = 0;
        GpObject *key;
        int64_t hash;
        limit -= (int64_t)gp_set_size(o);
        while (limit >= 0 && gp_set_next(o, &pos, &key, &hash))
            limit = complexity(f, key, limit);
    }
    return limit;
}

/* l * r unless the result would pass the limits; NULL (no exception) then. */
static GpObject *safe_multiply(GpFold *f, GpObject *l, GpObject *r)
{
    if (is_int(f, l) && is_int(f, r) && int_sign(l) && int_sign(r)) {
        if (int_bits(l) + int_bits(r) > GP_FOLD_MAX_INT_BITS)
            return NULL;
    } else if (is_int(f, l) && (is_type(f, r, GP_T_TUPLE) || is_type(f, r, GP_T_FROZENSET))) {
        size_t size = is_type(f, r, GP_T_TUPLE) ? gp_tuple_size(r) : gp_set_size(r);
        if (size) {
            int64_t n = int_size(l);
            if (n < 0 || n > (int64_t)(GP_FOLD_MAX_COLLECTION / size))
                return NULL;
            if (n && complexity(f, r, GP_FOLD_MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
    } else if (is_int(f, l) && (is_type(f, r, GP_T_STR) || is_type(f, r, GP_T_BYTES))) {
        size_t size = is_type(f, r, GP_T_STR) ? GP_STR(r)->length : gp_bytes_size(r);
        if (size) {
            int64_t n = int_size(l);
            if (n < 0 || n > (int64_t)(GP_FOLD_MAX_STR / size))
                return NULL;
        }
    } else if (is_int(f, r) && (is_type(f, l, GP_T_TUPLE) || is_type(f, l, GP_T_FROZENSET) ||
                                is_type(f, l, GP_T_STR) || is_type(f, l, GP_T_BYTES))) {
        return safe_multiply(f, r, l);
    }
    return gp_num_binary(f->st, l, r, GP_NB_MUL);
}

static GpObject *safe_power(GpFold *f, GpObject *l, GpObject *r)
{
    if (is_int(f, l) && is_int(f, r) && int_sign(l) && int_sign(r) > 0) {
        int64_t wbits = int_size(r);
        if (wbits < 0 || int_bits(l) > (size_t)(GP_FOLD_MAX_INT_BITS / wbits))
            return NULL;
    }
    return gp_num_power(f->st, l, r, f->st->none);
}

static GpObject *safe_lshift(GpFold *f, GpObject *l, GpObject *r)
{
    if (is_int(f, l) && is_int(f, r) && int_sign(l) && int_sign(r)) {
        int64_t wbits = int_size(r);
        if (wbits < 0 || wbits > GP_FOLD_MAX_INT_BITS ||
            int_bits(l) > (size_t)(GP_FOLD_MAX_INT_BITS - wbits))
            return NULL;
    }
    return gp_num_binary(f->st, l, r, GP_NB_LSHIFT);
}

/* ==== folding one node ================================================== */

static int fold_binop(GpFold *f, GpAst *node)
{
    GpObject *l, *r;
    int rc = value_of(f, node->v.binop.left, &l);
    if (rc <= 0)
        return rc;
    if ((rc = value_of(f, node->v.binop.right, &r)) <= 0)
        return rc;
    GpState *st = f->st;
    GpObject *v;
    switch (node->v.binop.op) {
    case GP_OP_ADD: v = gp_num_binary(st, l, r, GP_NB_ADD); break;
    case GP_OP_SUB: v = gp_num_binary(st, l, r, GP_NB_SUB); break;
    case GP_OP_MULT: v = safe_multiply(f, l, r); break;
    case GP_OP_DIV: v = gp_num_binary(st, l, r, GP_NB_TRUEDIV); break;
    case GP_OP_FLOORDIV: v = gp_num_binary(st, l, r, GP_NB_FLOORDIV); break;
    case GP_OP_MOD:
        /* 'fmt' % args is left to run time, as in CPython */
        if (is_type(f, l, GP_T_STR) || is_type(f, l, GP_T_BYTES))
            return 0;
        v = gp_num_binary(st, l, r, GP_NB_MOD);
        break;
    case GP_OP_POW: v = safe_power(f, l, r); break;
    case GP_OP_LSHIFT: v = safe_lshift(f, l, r); break;
    case GP_OP_RSHIFT: v = gp_num_binary(st, l, r, GP_NB_RSHIFT); break;
    case GP_OP_BITOR: v = gp_num_binary(st, l, r, GP_NB_OR); break;
    case GP_OP_BITXOR: v = gp_num_binary(st, l, r, GP_NB_XOR); break;
    case GP_OP_BITAND: v = gp_num_binary(st, l, r, GP_NB_AND); break;
    default: return 0;      /* @: no constant type has it */
    }
    return make_const(f, node, v);
}

static int fold_unaryop(GpFold *f, GpAst *node)
{
    GpAst *arg = node->v.unaryop.operand;
    GpUnaryOp op = node->v.unaryop.op;
    if (arg->kind != GP_AST_CONSTANT) {
        /* not (a is b) -> a is not b, not (a in b) -> a not in b, and back */
        if (op == GP_UOP_NOT && arg->kind == GP_AST_COMPARE && arg->v.compare.ops.len == 1) {
            GpCmpOp *c = &arg->v.compare.ops.items[0];
            switch (*c) {
            case GP_CMP_IS: *c = GP_CMP_ISNOT; break;
            case GP_CMP_ISNOT: *c = GP_CMP_IS; break;
            case GP_CMP_IN: *c = GP_CMP_NOTIN; break;
            case GP_CMP_NOTIN: *c = GP_CMP_IN; break;
            default: return 0;
            }
            *node = *arg;   /* the comparison, with its own position */
        }
        return 0;
    }
    GpObject *v;
    int rc = value_of(f, arg, &v);
    if (rc <= 0)
        return rc;
    GpState *st = f->st;
    switch (op) {
    case GP_UOP_NOT: {
        int t = gp_obj_truth(st, v);
        return make_const(f, node, t < 0 ? NULL : gp_incref(t ? st->false_ : st->true_));
    }
    case GP_UOP_INVERT: return make_const(f, node, gp_num_unary(st, v, GP_NB_INVERT));
    case GP_UOP_UADD: return make_const(f, node, gp_num_unary(st, v, GP_NB_POS));
    case GP_UOP_USUB: return make_const(f, node, gp_num_unary(st, v, GP_NB_NEG));
    }
    return 0;
}

/* A new tuple of the values of elts when all are constants, else NULL:
 * *rc 0 (no exception), or -1 when memory ran out. */
static GpObject *const_tuple(GpFold *f, const GpAstList *elts, int *rc)
{
    *rc = 0;
    for (size_t i = 0; i < elts->len; i++)
        if (elts->items[i]->kind != GP_AST_CONSTANT)
            return NULL;
    GpObject *t = gp_tuple_new(f->st, elts->len);
    if (!t) {
        *rc = -1;
        return NULL;
    }
    for (size_t i = 0; i < elts->len; i++) {
        GpObject *v;
        int got = value_of(f, elts->items[i], &v);
        if (got <= 0) {
            gp_decref(f->st, t);
            *rc = got;
            return NULL;
        }
        ((GpTuple *)t)->items[i] = gp_incref(v);
    }
    return t;
}

GpObject *gp_fold_const_tuple(GpFold *f, const GpAstList *elts, int frozenset)
{
    int rc;
    GpObject *t = const_tuple(f, elts, &rc);
    if (t && frozenset) {
        GpObject *s = gp_frozenset_new(f->st, t);
        gp_decref(f->st, t);
        t = s;
        if (!s)
            return NULL;
    }
    return t ? keep(f, t) : NULL;
}

static int fold_tuple(GpFold *f, GpAst *node)
{
    if (node->v.tuple.ctx != GP_CTX_LOAD)
        return 0;
    int rc;
    GpObject *t = const_tuple(f, &node->v.tuple.elts, &rc);
    return t ? make_const(f, node, t) : rc;
}

/* The iterable of `for`, of a comprehension, or the right operand of `in`:
 * a list display becomes a tuple (constant when it can), a set display of
 * constants a frozenset. */
static int fold_iter(GpFold *f, GpAst *arg)
{
    int rc;
    GpObject *t;
    if (arg->kind == GP_AST_LIST) {
        GpAstList elts = arg->v.list.elts;
        for (size_t i = 0; i < elts.len; i++)
            if (elts.items[i]->kind == GP_AST_STARRED)
                return 0;
        GpExprContext ctx = arg->v.list.ctx;
        arg->kind = GP_AST_TUPLE;
        arg->v.tuple.elts = elts;
        arg->v.tuple.ctx = ctx;
        t = const_tuple(f, &elts, &rc);
    } else if (arg->kind == GP_AST_SET) {
        t = const_tuple(f, &arg->v.set.elts, &rc);
        if (t) {
            GpObject *s = gp_frozenset_new(f->st, t);
            gp_decref(f->st, t);
            if (!s)
                return -1;
            t = s;
        }
    } else {
        return 0;
    }
    return t ? make_const(f, arg, t) : rc;
}

static int fold_subscr(GpFold *f, GpAst *node)
{
    GpObject *v, *k;
    if (node->v.subscript.ctx != GP_CTX_LOAD)
        return 0;
    int rc = value_of(f, node->v.subscript.value, &v);
    if (rc <= 0)
        return rc;
    if ((rc = value_of(f, node->v.subscript.slice, &k)) <= 0)
        return rc;
    /* only an int index of a str, bytes or tuple; an index out of range
     * stays an IndexError at run time */
    if (!is_int(f, k) || !gp_int_is_small(k) ||
        !(is_type(f, v, GP_T_STR) || is_type(f, v, GP_T_BYTES) || is_type(f, v, GP_T_TUPLE)))
        return 0;
    ssize_t n = v->type->seq->len(f->st, v);
    int64_t i = GP_INT(k)->u.s.v;
    if (i < 0)
        i += n;
    if (n < 0 || i < 0 || i >= n)
        return 0;
    return make_const(f, node, v->type->seq->item(f->st, v, (ssize_t)i));
}

/* ==== the walk ========================================================== */

static int expr(GpFold *f, GpAst *e);
static int stmts(GpFold *f, GpAstList *l);

#define TRY(x)              \
    do {                    \
        if ((x) < 0)        \
            return -1;      \
    } while (0)

static int opt(GpFold *f, GpAst *e)
{
    return e ? expr(f, e) : 0;
}

static int exprs(GpFold *f, GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        TRY(opt(f, l->items[i]));   /* Dict.keys and kw_defaults hold NULLs */
    return 0;
}

static int arguments(GpFold *f, GpAst *a)
{
    GpAstList *lists[] = {&a->v.arguments.posonlyargs, &a->v.arguments.args,
                          &a->v.arguments.kwonlyargs};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < lists[k]->len; i++)
            TRY(opt(f, lists[k]->items[i]->v.arg.annotation));
    if (a->v.arguments.vararg)
        TRY(opt(f, a->v.arguments.vararg->v.arg.annotation));
    if (a->v.arguments.kwarg)
        TRY(opt(f, a->v.arguments.kwarg->v.arg.annotation));
    TRY(exprs(f, &a->v.arguments.kw_defaults));
    return exprs(f, &a->v.arguments.defaults);
}

static int comprehensions(GpFold *f, GpAstList *gens)
{
    for (size_t i = 0; i < gens->len; i++) {
        GpAst *g = gens->items[i];
        TRY(expr(f, g->v.comprehension.target));
        TRY(expr(f, g->v.comprehension.iter));
        TRY(fold_iter(f, g->v.comprehension.iter));
        TRY(exprs(f, &g->v.comprehension.ifs));
    }
    return 0;
}

static int expr(GpFold *f, GpAst *e)
{
    switch (e->kind) {
    case GP_AST_BOOLOP: return exprs(f, &e->v.boolop.values);
    case GP_AST_NAMEDEXPR: return expr(f, e->v.namedexpr.value);
    case GP_AST_BINOP:
        TRY(expr(f, e->v.binop.left));
        TRY(expr(f, e->v.binop.right));
        return fold_binop(f, e);
    case GP_AST_UNARYOP:
        TRY(expr(f, e->v.unaryop.operand));
        return fold_unaryop(f, e);
    case GP_AST_LAMBDA:
        TRY(arguments(f, e->v.lambda.args));
        return expr(f, e->v.lambda.body);
    case GP_AST_IFEXP:
        TRY(expr(f, e->v.ifexp.test));
        TRY(expr(f, e->v.ifexp.body));
        return expr(f, e->v.ifexp.orelse);
    case GP_AST_DICT:
        TRY(exprs(f, &e->v.dict.keys));
        return exprs(f, &e->v.dict.values);
    case GP_AST_SET: return exprs(f, &e->v.set.elts);
    case GP_AST_LISTCOMP:
        TRY(expr(f, e->v.listcomp.elt));
        return comprehensions(f, &e->v.listcomp.generators);
    case GP_AST_SETCOMP:
        TRY(expr(f, e->v.setcomp.elt));
        return comprehensions(f, &e->v.setcomp.generators);
    case GP_AST_GENERATOREXP:
        TRY(expr(f, e->v.generatorexp.elt));
        return comprehensions(f, &e->v.generatorexp.generators);
    case GP_AST_DICTCOMP:
        TRY(expr(f, e->v.dictcomp.key));
        TRY(expr(f, e->v.dictcomp.value));
        return comprehensions(f, &e->v.dictcomp.generators);
    case GP_AST_YIELD: return opt(f, e->v.yield.value);
    case GP_AST_YIELDFROM: return expr(f, e->v.yieldfrom.value);
    case GP_AST_COMPARE: {
        TRY(expr(f, e->v.compare.left));
        TRY(exprs(f, &e->v.compare.comparators));
        size_t n = e->v.compare.ops.len;
        GpCmpOp last = e->v.compare.ops.items[n - 1];
        if (last == GP_CMP_IN || last == GP_CMP_NOTIN)
            return fold_iter(f, e->v.compare.comparators.items[n - 1]);
        return 0;
    }
    case GP_AST_CALL:
        TRY(expr(f, e->v.call.func));
        TRY(exprs(f, &e->v.call.args));
        for (size_t i = 0; i < e->v.call.keywords.len; i++)
            TRY(expr(f, e->v.call.keywords.items[i]->v.keyword.value));
        return 0;
    case GP_AST_FORMATTEDVALUE:
        TRY(expr(f, e->v.formattedvalue.value));
        return opt(f, e->v.formattedvalue.format_spec);
    case GP_AST_JOINEDSTR: return exprs(f, &e->v.joinedstr.values);   /* not folded */
    case GP_AST_ATTRIBUTE: return expr(f, e->v.attribute.value);
    case GP_AST_SUBSCRIPT:
        TRY(expr(f, e->v.subscript.value));
        TRY(expr(f, e->v.subscript.slice));
        return fold_subscr(f, e);
    case GP_AST_STARRED: return expr(f, e->v.starred.value);
    case GP_AST_SLICE:
        TRY(opt(f, e->v.slice.lower));
        TRY(opt(f, e->v.slice.upper));
        return opt(f, e->v.slice.step);
    case GP_AST_LIST: return exprs(f, &e->v.list.elts);
    case GP_AST_TUPLE:
        TRY(exprs(f, &e->v.tuple.elts));
        return fold_tuple(f, e);
    case GP_AST_NAME:
        if (e->v.name.ctx == GP_CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0) {
            e->kind = GP_AST_CONSTANT;
            memset(&e->v.constant, 0, sizeof e->v.constant);
            e->v.constant.value.kind = GP_CONST_TRUE;
        }
        return 0;
    default:
        return 0;   /* Constant */
    }
}

static int stmt(GpFold *f, GpAst *s)
{
    switch (s->kind) {
    case GP_AST_FUNCTIONDEF:
        TRY(arguments(f, s->v.functiondef.args));
        TRY(stmts(f, &s->v.functiondef.body));
        TRY(exprs(f, &s->v.functiondef.decorator_list));
        return opt(f, s->v.functiondef.returns);
    case GP_AST_CLASSDEF:
        TRY(exprs(f, &s->v.classdef.bases));
        for (size_t i = 0; i < s->v.classdef.keywords.len; i++)
            TRY(expr(f, s->v.classdef.keywords.items[i]->v.keyword.value));
        TRY(stmts(f, &s->v.classdef.body));
        return exprs(f, &s->v.classdef.decorator_list);
    case GP_AST_RETURN: return opt(f, s->v.return_.value);
    case GP_AST_DELETE: return exprs(f, &s->v.delete_.targets);
    case GP_AST_ASSIGN:
        TRY(exprs(f, &s->v.assign.targets));
        return expr(f, s->v.assign.value);
    case GP_AST_AUGASSIGN:
        TRY(expr(f, s->v.augassign.target));
        return expr(f, s->v.augassign.value);
    case GP_AST_ANNASSIGN:
        TRY(expr(f, s->v.annassign.target));
        TRY(expr(f, s->v.annassign.annotation));
        return opt(f, s->v.annassign.value);
    case GP_AST_FOR:
        TRY(expr(f, s->v.for_.target));
        TRY(expr(f, s->v.for_.iter));
        TRY(fold_iter(f, s->v.for_.iter));
        TRY(stmts(f, &s->v.for_.body));
        return stmts(f, &s->v.for_.orelse);
    case GP_AST_WHILE:
        TRY(expr(f, s->v.while_.test));
        TRY(stmts(f, &s->v.while_.body));
        return stmts(f, &s->v.while_.orelse);
    case GP_AST_IF:
        TRY(expr(f, s->v.if_.test));
        TRY(stmts(f, &s->v.if_.body));
        return stmts(f, &s->v.if_.orelse);
    case GP_AST_WITH:
        for (size_t i = 0; i < s->v.with.items.len; i++) {
            GpAst *w = s->v.with.items.items[i];
            TRY(expr(f, w->v.withitem.context_expr));
            TRY(opt(f, w->v.withitem.optional_vars));
        }
        return stmts(f, &s->v.with.body);
    case GP_AST_RAISE:
        TRY(opt(f, s->v.raise.exc));
        return opt(f, s->v.raise.cause);
    case GP_AST_TRY:
        TRY(stmts(f, &s->v.try_.body));
        for (size_t i = 0; i < s->v.try_.handlers.len; i++) {
            GpAst *h = s->v.try_.handlers.items[i];
            TRY(opt(f, h->v.excepthandler.type));
            TRY(stmts(f, &h->v.excepthandler.body));
        }
        TRY(stmts(f, &s->v.try_.orelse));
        return stmts(f, &s->v.try_.finalbody);
    case GP_AST_ASSERT:
        TRY(expr(f, s->v.assert_.test));
        return opt(f, s->v.assert_.msg);
    case GP_AST_EXPR: return expr(f, s->v.expr.value);
    default:
        return 0;   /* import, global, nonlocal, pass, break, continue */
    }
}

static int stmts(GpFold *f, GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        TRY(stmt(f, l->items[i]));
    return 0;
}

void gp_fold_init(GpFold *f, GpState *st)
{
    memset(f, 0, sizeof *f);
    f->st = st;
}

int gp_fold_tree(GpFold *f, GpAst *mod)
{
    switch (mod->kind) {
    case GP_AST_MODULE: return stmts(f, &mod->v.module.body);
    case GP_AST_INTERACTIVE: return stmts(f, &mod->v.interactive.body);
    case GP_AST_EXPRESSION: return expr(f, mod->v.expression.body);
    default: return 0;
    }
}

/* ==== the constant pool ================================================= */

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* A hash that agrees with same_const (equal values of one type). */
static uint64_t const_hash(GpFold *f, GpObject *o)
{
    GpState *st = f->st;
    uint64_t h = mix((uint64_t)o->type->index + 1);
    if (is_type(f, o, GP_T_FLOAT)) {
        uint64_t bits;
        memcpy(&bits, &GP_FLOAT(o)->v, sizeof bits);
        return mix(h ^ bits);
    }
    if (is_int(f, o) || is_type(f, o, GP_T_STR) || is_type(f, o, GP_T_BYTES)) {
        int64_t x = gp_obj_hash(st, o);     /* cannot fail for these */
        if (x == -1)
            gp_err_clear(st);
        return mix(h ^ (uint64_t)x);
    }
    if (is_type(f, o, GP_T_TUPLE)) {
        for (size_t i = 0; i < gp_tuple_size(o); i++)
            h = mix(h * 31 + const_hash(f, gp_tuple_item(o, i)));
        return h;
    }
    if (is_type(f, o, GP_T_FROZENSET)) {
        size_t pos = 0;
        GpObject *key;
        int64_t kh;
        uint64_t sum = 0;   /* order does not matter */
        while (gp_set_next(o, &pos, &key, &kh))
            sum += const_hash(f, key);
        return mix(h ^ sum);
    }
    return mix(h ^ (uint64_t)(uintptr_t)o);     /* only itself */
}

/* Whether a and b are the same constant (CPython's _PyCode_ConstantKey
 * equality): same type, and equal values, floats bit for bit. */
static int same_const(GpFold *f, GpObject *a, GpObject *b)
{
    if (a == b)
        return 1;
    if (a->type != b->type)
        return 0;
    if (is_type(f, a, GP_T_FLOAT))
        return memcmp(&GP_FLOAT(a)->v, &GP_FLOAT(b)->v, sizeof(double)) == 0;
    if (is_type(f, a, GP_T_INT)) {
        int eq = gp_obj_richcompare_bool(f->st, a, b, GP_EQ);
        if (eq < 0)
            gp_err_clear(f->st);
        return eq > 0;
    }
    if (is_type(f, a, GP_T_STR))
        return gp_str_equal(a, b);
    if (is_type(f, a, GP_T_BYTES))
        return gp_bytes_size(a) == gp_bytes_size(b) &&
               memcmp(gp_bytes_data(a), gp_bytes_data(b), gp_bytes_size(a)) == 0;
    if (is_type(f, a, GP_T_TUPLE)) {
        if (gp_tuple_size(a) != gp_tuple_size(b))
            return 0;
        for (size_t i = 0; i < gp_tuple_size(a); i++)
            if (!same_const(f, gp_tuple_item(a, i), gp_tuple_item(b, i)))
                return 0;
        return 1;
    }
    if (is_type(f, a, GP_T_FROZENSET)) {
        if (gp_set_size(a) != gp_set_size(b))
            return 0;
        size_t pa = 0;
        GpObject *x;
        int64_t hx;
        while (gp_set_next(a, &pa, &x, &hx)) {
            size_t pb = 0;
            GpObject *y;
            int64_t hy;
            int found = 0;
            while (!found && gp_set_next(b, &pb, &y, &hy))
                found = same_const(f, x, y);
            if (!found)
                return 0;
        }
        return 1;
    }
    return 0;
}

/* A copy of v in the constants' area whose items are pool constants (a new
 * reference); v itself when it already lives there. */
static GpObject *static_copy(GpFold *f, GpObject *v)
{
    GpState *st = f->st;
    if (gp_image_area_of(st->img, v) == GP_AREA_STATIC)
        return gp_incref(v);
    size_t n = 0;
    GpObject **items = NULL;
    if (is_type(f, v, GP_T_TUPLE) || is_type(f, v, GP_T_FROZENSET)) {
        /* the items first: each one's canonical constant */
        n = is_type(f, v, GP_T_TUPLE) ? gp_tuple_size(v) : gp_set_size(v);
        items = gp_mem_alloc(st->heap, (n ? n : 1) * sizeof *items);
        if (!items) {
            gp_err_nomemory(st);
            return NULL;
        }
        size_t pos = 0, i = 0;
        int64_t hash;
        for (; i < n; i++) {
            GpObject *x = NULL;
            if (is_type(f, v, GP_T_TUPLE))
                x = gp_tuple_item(v, i);
            else if (!gp_set_next(v, &pos, &x, &hash))
                break;
            if (!(items[i] = gp_fold_merge(f, x)))
                break;
        }
        if (i < n) {
            gp_mem_free(st->heap, items, (n ? n : 1) * sizeof *items);
            return NULL;
        }
    }
    GpObject *o = NULL;
    gp_state_push_area(st, st->consts);
    if (is_type(f, v, GP_T_INT)) {
        o = gp_int_is_small(v) ? gp_int_from_i64(st, GP_INT(v)->u.s.v)
                               : gp_int_from_mpz(st, &GP_INT(v)->u.z);
    } else if (is_type(f, v, GP_T_FLOAT)) {
        o = gp_float_from_double(st, GP_FLOAT(v)->v);
    } else if (is_type(f, v, GP_T_STR)) {
        GpStr *s = GP_STR(v);
        if ((o = gp_str_new(st, s->length, s->kind))) {
            memcpy(gp_str_data(o), gp_str_data(v), s->length * s->kind);
            GP_STR(o)->ascii = s->ascii;
        }
    } else if (is_type(f, v, GP_T_BYTES)) {
        o = gp_bytes_from(st, gp_bytes_data(v), gp_bytes_size(v));
    } else if (is_type(f, v, GP_T_TUPLE)) {
        o = gp_tuple_from_array(st, items, n);
    } else if (is_type(f, v, GP_T_FROZENSET)) {
        GpObject *t = gp_tuple_from_array(st, items, n);
        o = t ? gp_frozenset_new(st, t) : NULL;
        if (t)
            gp_decref(st, t);
    } else {
        o = gp_incref(v);   /* not a value type: registered as it is */
    }
    gp_state_pop_area(st);
    if (items)
        gp_mem_free(st->heap, items, (n ? n : 1) * sizeof *items);
    return o;
}

static int pool_grow(GpFold *f)
{
    size_t ncap = f->cap ? f->cap * 2 : 64;
    GpFoldEntry *t = gp_mem_alloc(f->st->heap, ncap * sizeof *t);
    if (!t) {
        gp_err_nomemory(f->st);
        return -1;
    }
    memset(t, 0, ncap * sizeof *t);
    for (size_t i = 0; i < f->cap; i++) {
        if (!f->table[i].obj)
            continue;
        size_t j = f->table[i].hash & (ncap - 1);
        while (t[j].obj)
            j = (j + 1) & (ncap - 1);
        t[j] = f->table[i];
    }
    gp_mem_free(f->st->heap, f->table, f->cap * sizeof *t);
    f->table = t;
    f->cap = ncap;
    return 0;
}

GpObject *gp_fold_merge(GpFold *f, GpObject *v)
{
    GpState *st = f->st;
    if (v == st->none || v == st->true_ || v == st->false_ || is_type(f, v, GP_T_CODE))
        return v;
    uint64_t h = const_hash(f, v);
    for (size_t i = f->cap ? h & (f->cap - 1) : 0; f->cap && f->table[i].obj;
         i = (i + 1) & (f->cap - 1))
        if (f->table[i].hash == h && same_const(f, f->table[i].obj, v))
            return f->table[i].obj;
    GpObject *o = static_copy(f, v);
    if (!o)
        return NULL;
    if ((f->used + 1) * 3 >= f->cap * 2 && pool_grow(f) < 0) {
        gp_decref(st, o);
        return NULL;
    }
    size_t i = h & (f->cap - 1);
    while (f->table[i].obj)
        i = (i + 1) & (f->cap - 1);
    f->table[i].obj = o;
    f->table[i].hash = h;
    f->used++;
    return o;
}

void gp_fold_release(GpFold *f)
{
    if (f->made)
        gp_decref(f->st, f->made);
    f->made = NULL;
    /* the pool's references: the code objects hold what they use (in the
     * static area these are immortal; eval's, in the heap, are not) */
    for (size_t i = 0; i < f->cap; i++)
        gp_xdecref(f->st, f->table[i].obj);
    if (f->table)
        gp_mem_free(f->st->heap, f->table, f->cap * sizeof *f->table);
    f->table = NULL;
    f->cap = f->used = 0;
}
