/*
 * compile.c - AST + symbol table -> code objects.
 *
 * One unit per scope.  Instructions are emitted into a growable array
 * with the source position of each (obj/code.h: lines and columns of the
 * innermost AST node being compiled, as CPython's co_positions; a node's
 * position is restored when its sub-expressions are done, so an operator
 * or call instruction carries the range of its whole expression); forward
 * jumps are patched when their
 * label is placed.  The stack depth is tracked as instructions are
 * emitted: every opcode's effect is known, and at a label the depth is
 * the one recorded by the jumps to it, so the maximum is exact for the
 * structured code this compiler produces.
 *
 * Constants, names and the code object go to the static and text areas
 * (the state's area is switched around their creation); scratch arrays
 * live in the heap and are freed when the unit ends.
 *
 * Supported now: expressions (all operators, calls with keywords and
 * unpacking, attributes, subscripts and slices, literals, comprehensions
 * except generator expressions, lambdas, f-strings, conditional and
 * walrus expressions), assignment of every target form, augmented
 * assignment, if/while/for with break/continue/else, def with every
 * parameter kind, closures, global/nonlocal, return, del, pass, raise,
 * assert, try/except/else/finally, import, generators (yield, yield from,
 * generator expressions).  Not yet (a SyntaxError saying so): with, class,
 * async.
 */
#include "lang/compile.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lang/fold.h"
#include "lang/symtable.h"
#include "mem/mem.h"
#include "obj/bytes.h"
#include "obj/code.h"
#include "obj/dict.h"
#include "obj/error.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/opcode.h"

typedef struct Loop {
    int continue_to;            /* instruction index */
    int *breaks;                /* jumps to patch at the loop's end */
    size_t nbreaks, capbreaks;
    int for_loop;               /* a FOR_ITER iterator is on the stack */
    int nfblocks;               /* fblocks open when the loop began */
    int in_else;                /* compiling its else clause: a break or
                                 * continue there is an outer loop's */
} Loop;

/* What a return, break or continue must undo on its way out (CPython's
 * fblocks): a try body's block, a handler's saved exception, a finally
 * body to run. */
typedef enum FbType { FB_TRY, FB_HANDLER, FB_FINALLY_TRY, FB_FINALLY_END } FbType;

typedef struct Fblock {
    FbType type;
    const GpAstList *finalbody;     /* FB_FINALLY_TRY */
} Fblock;

typedef struct Unit {
    struct Unit *parent;
    GpSymScope *scope;
    const char *name;
    const char *qualname;
    uint32_t *code;
    GpPos *pos;                 /* position of each instruction */
    int *depth_at;              /* stack depth recorded for jump targets */
    size_t n, cap;
    GpObject *consts;           /* list */
    GpObject *names;            /* dict: name -> index */
    GpObject *varnames, *cellvars, *freevars;   /* dicts: name -> index */
    int depth, maxdepth;
    GpPos loc;                  /* position given to the next instruction */
    int firstlineno;
    Loop loops[64];
    int nloops;
    Fblock fblocks[64];
    int nfblocks;
    int blocks, maxblocks;      /* run-time blocks open, for the frame size */
    int interactive;            /* the REPL: top-level expressions are echoed */
    int argcount, posonly, kwonly, flags;
} Unit;

typedef struct Compiler {
    GpState *st;
    GpSymtable *table;
    const char *filename;
    GpObject *filename_obj;
    GpSyntaxError *err;
    GpCompileWarn warn;
    void *warn_ctx;
    Unit *u;
    GpFold fold;                /* folded values and the constant pool */
    int lazy_annotations;       /* from __future__ import annotations */
    jmp_buf fail;
} Compiler;

/* ---- failing ------------------------------------------------------------------ */

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4), noreturn))
#endif
static void error_at(Compiler *c, const GpAst *node, const char *fmt, ...)
{
    GpSyntaxError *e = c->err;
    memset(e, 0, sizeof *e);
    e->kind = GP_ERR_SYNTAX;
    e->filename = c->filename;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    if (node) {
        e->has_location = 1;
        e->lineno = node->lineno;
        e->offset = node->col_offset + 1;
        e->end_lineno = node->end_lineno;
        e->end_offset = node->end_col_offset + 1;
    }
    longjmp(c->fail, 1);
}

#if defined(__GNUC__)
__attribute__((noreturn))
#endif
static void fail_exc(Compiler *c)
{
    /* an object operation failed: MemoryError (or the pending error) */
    GpSyntaxError *e = c->err;
    memset(e, 0, sizeof *e);
    e->kind = GP_ERR_MEMORY;
    snprintf(e->msg, sizeof e->msg, "out of memory");
    gp_err_clear(c->st);
    longjmp(c->fail, 1);
}

static GpObject *check(Compiler *c, GpObject *o)
{
    if (!o)
        fail_exc(c);
    return o;
}

#if defined(__GNUC__)
__attribute__((noreturn))
#endif
static void unsupported(Compiler *c, const GpAst *node, const char *what)
{
    error_at(c, node, "%s not supported yet by glasspy", what);
}

/* ---- emitting ------------------------------------------------------------------ */

/* The stack effect of an instruction (jumps: on the fall-through path). */
static int stack_effect(int op, uint32_t arg)
{
    switch (op) {
    case GP_OP_NOP: case GP_OP_ROT_TWO: case GP_OP_ROT_THREE: case GP_OP_ROT_FOUR:
    case GP_OP_UNARY_POSITIVE: case GP_OP_UNARY_NEGATIVE: case GP_OP_UNARY_NOT:
    case GP_OP_UNARY_INVERT: case GP_OP_GET_ITER: case GP_OP_JUMP_FORWARD:
    case GP_OP_JUMP_ABSOLUTE: case GP_OP_LOAD_ATTR: case GP_OP_LIST_TO_TUPLE:
    case GP_OP_DELETE_FAST: case GP_OP_DELETE_NAME: case GP_OP_DELETE_GLOBAL:
    case GP_OP_DELETE_DEREF:
        return 0;
    case GP_OP_POP_TOP: case GP_OP_BINARY_OP: case GP_OP_BINARY_SUBSCR:
    case GP_OP_COMPARE_OP: case GP_OP_IS_OP: case GP_OP_CONTAINS_OP:
    case GP_OP_STORE_NAME: case GP_OP_STORE_GLOBAL: case GP_OP_STORE_FAST:
    case GP_OP_STORE_DEREF: case GP_OP_POP_JUMP_IF_FALSE: case GP_OP_POP_JUMP_IF_TRUE:
    case GP_OP_LIST_APPEND: case GP_OP_SET_ADD: case GP_OP_LIST_EXTEND: case GP_OP_SET_UPDATE:
    case GP_OP_DICT_UPDATE: case GP_OP_DICT_MERGE: case GP_OP_RETURN_VALUE:
    case GP_OP_DELETE_ATTR: case GP_OP_JUMP_IF_FALSE_OR_POP: case GP_OP_JUMP_IF_TRUE_OR_POP:
        return -1;
    case GP_OP_DUP_TOP: case GP_OP_LOAD_CONST: case GP_OP_LOAD_NAME: case GP_OP_LOAD_GLOBAL:
    case GP_OP_LOAD_FAST: case GP_OP_LOAD_DEREF: case GP_OP_LOAD_CLOSURE:
    case GP_OP_LOAD_CLASSDEREF: case GP_OP_LOAD_METHOD: case GP_OP_FOR_ITER:
    case GP_OP_LOAD_ASSERTION_ERROR:
        return 1;
    case GP_OP_DUP_TOP_TWO:
        return 2;
    case GP_OP_IMPORT_NAME: case GP_OP_PRINT_EXPR: case GP_OP_YIELD_FROM:
        return -1;
    case GP_OP_IMPORT_FROM:
        return 1;
    case GP_OP_IMPORT_STAR:
        return -1;
    case GP_OP_STORE_SUBSCR:
        return -3;
    case GP_OP_SETUP_FINALLY: case GP_OP_POP_BLOCK:
        return 0;
    case GP_OP_POP_EXCEPT: case GP_OP_RERAISE: case GP_OP_JUMP_IF_NOT_EXC_MATCH:
        return -2;
    case GP_OP_DELETE_SUBSCR: case GP_OP_STORE_ATTR: case GP_OP_MAP_ADD:
        return -2;
    case GP_OP_CALL_FUNCTION: return -(int)arg;
    case GP_OP_CALL_METHOD: return -(int)arg - 1;
    case GP_OP_CALL_FUNCTION_KW: return -(int)arg - 1;
    case GP_OP_CALL_FUNCTION_EX: return -1 - (int)(arg & 1);
    case GP_OP_MAKE_FUNCTION:
        return -1 - ((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
    case GP_OP_BUILD_TUPLE: case GP_OP_BUILD_LIST: case GP_OP_BUILD_SET:
    case GP_OP_BUILD_STRING:
        return 1 - (int)arg;
    case GP_OP_BUILD_MAP: return 1 - 2 * (int)arg;
    case GP_OP_BUILD_CONST_KEY_MAP: return -(int)arg;
    case GP_OP_BUILD_SLICE: return 1 - (int)arg;
    case GP_OP_UNPACK_SEQUENCE: return (int)arg - 1;
    case GP_OP_UNPACK_EX: return (int)(arg & 0xff) + (int)(arg >> 8);
    case GP_OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case GP_OP_RAISE_VARARGS: return -(int)arg;
    default:
        return 0;
    }
}

static void emit(Compiler *c, int op, uint32_t arg)
{
    Unit *u = c->u;
    if (arg > GP_ARG_MAX)
        error_at(c, NULL, "too many constants, names or instructions in one code object");
    if (u->n == u->cap) {
        size_t ncap = u->cap ? u->cap * 2 : 64;
        GpArea *h = c->st->heap;
        uint32_t *nc = gp_mem_realloc(h, u->code, u->cap * 4, ncap * 4);
        if (!nc)
            fail_exc(c);
        u->code = nc;
        GpPos *np = gp_mem_realloc(h, u->pos, u->cap * sizeof *np, ncap * sizeof *np);
        if (!np)
            fail_exc(c);
        u->pos = np;
        int *nd = gp_mem_realloc(h, u->depth_at, u->cap * sizeof(int), ncap * sizeof(int));
        if (!nd)
            fail_exc(c);
        for (size_t i = u->cap; i < ncap; i++)
            nd[i] = -1;
        u->depth_at = nd;
        u->cap = ncap;
    }
    u->code[u->n] = GP_INSTR(op, arg);
    u->pos[u->n] = u->loc;
    u->n++;
    u->depth += stack_effect(op, arg);
    if (u->depth > u->maxdepth)
        u->maxdepth = u->depth;
}

/* Labels are instruction indexes.  A jump to a label not yet placed is
 * emitted with a placeholder and patched by `place`. */
static int here(Compiler *c)
{
    return (int)c->u->n;
}

static void note_target(Compiler *c, int target, int depth)
{
    Unit *u = c->u;
    if (target < (int)u->cap && (u->depth_at[target] < depth))
        u->depth_at[target] = depth;
}

/* Emit a jump; returns its index for patching. `taken` is the stack depth
 * at the target when the jump is taken. */
static int emit_jump(Compiler *c, int op, int target, int taken)
{
    int at = here(c);
    emit(c, op, target < 0 ? 0 : (uint32_t)target);
    if (target >= 0)
        note_target(c, target, taken);
    else
        c->u->depth_at[at] = -2 - taken;   /* remembered until patched */
    return at;
}

static void patch(Compiler *c, int at, int target)
{
    Unit *u = c->u;
    int taken = -2 - u->depth_at[at];
    u->depth_at[at] = -1;
    u->code[at] = GP_INSTR(GP_OP(u->code[at]), (uint32_t)target);
    if (target < (int)u->cap && taken > u->depth_at[target])
        u->depth_at[target] = taken;
}

/* A label placed here: the depth is what the jumps recorded (code after an
 * unconditional jump continues at the recorded depth). */
static void place(Compiler *c, int recorded_depth)
{
    if (recorded_depth >= 0)
        c->u->depth = recorded_depth;
}

/* ---- constants and names --------------------------------------------------------- */

static GpObject *in_static(Compiler *c, GpObject *o)
{
    (void)c;
    return o;
}

/* Index of a constant, adding it if new.  Every constant goes through the
 * compilation's pool first (fold.h), so equal constants are one object,
 * in this code object and the others; 1, 1.0 and True, or 0.0 and -0.0,
 * are different constants there. */
static uint32_t add_const(Compiler *c, GpObject *v)
{
    GpState *st = c->st;
    GpObject *consts = c->u->consts;
    if (!(v = gp_fold_merge(&c->fold, v)))
        fail_exc(c);
    size_t n = gp_list_size(consts);
    for (size_t i = 0; i < n; i++)
        if (gp_list_item(consts, i) == v)
            return (uint32_t)i;
    if (gp_list_append(st, consts, v))
        fail_exc(c);
    return (uint32_t)n;
}

static GpObject *make_str(Compiler *c, const char *s)
{
    gp_state_push_area(c->st, c->st->consts);
    GpObject *o = gp_str_from_cstr(c->st, s);
    gp_state_pop_area(c->st);
    return check(c, o);
}

/* Index of name in a dict of names (adding it). */
static uint32_t name_index(Compiler *c, GpObject *dict, const char *name)
{
    GpObject *k = gp_dict_get_str(c->st, dict, name);
    if (k)
        return (uint32_t)GP_INT(k)->u.s.v;
    uint32_t i = (uint32_t)gp_dict_size(dict);
    GpObject *key = make_str(c, name);
    GpObject *idx = check(c, gp_int_from_i64(c->st, i));
    int rc = gp_dict_set(c->st, dict, key, idx);
    gp_decref(c->st, key);
    gp_decref(c->st, idx);
    if (rc)
        fail_exc(c);
    return i;
}

static void load_const(Compiler *c, GpObject *v)
{
    emit(c, GP_OP_LOAD_CONST, add_const(c, v));
}

static GpObject *const_of(Compiler *c, const GpConst *k)
{
    GpState *st = c->st;
    GpObject *o = NULL;
    gp_state_push_area(st, st->consts);
    switch (k->kind) {
    case GP_CONST_NONE: o = gp_incref(st->none); break;
    case GP_CONST_TRUE: o = gp_incref(st->true_); break;
    case GP_CONST_FALSE: o = gp_incref(st->false_); break;
    case GP_CONST_INT: o = gp_int_from_str(st, k->str, k->len, 10); break;
    case GP_CONST_FLOAT: o = gp_float_from_double(st, k->num); break;
    case GP_CONST_STR: o = gp_str_from_utf8_surrogatepass(st, k->str, k->len); break;
    case GP_CONST_BYTES: o = gp_bytes_from(st, k->str, k->len); break;
    case GP_CONST_OBJECT: o = gp_incref(k->obj); break;     /* folded (fold.c) */
    default: break;
    }
    gp_state_pop_area(st);
    return o;
}

/* ---- units -------------------------------------------------------------------------- */

static GpObject *new_dict(Compiler *c)
{
    return check(c, gp_dict_new(c->st));
}

/* Sorted names of a scope with the given resolved scope, into dict. */
static void collect_sorted(Compiler *c, GpSymScope *s, GpNameScope want, GpObject *dict,
                           int also_class_free)
{
    size_t n = s->nsyms, m = 0;
    const char **names = gp_mem_alloc(c->st->heap, (n ? n : 1) * sizeof *names);
    if (!names)
        fail_exc(c);
    for (size_t i = 0; i < n; i++) {
        int f = s->syms[i].flags;
        if (gp_symscope_scope_of(f) == want || (also_class_free && (f & GP_DEF_FREE_CLASS)))
            names[m++] = s->syms[i].name;
    }
    for (size_t i = 1; i < m; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    for (size_t i = 0; i < m; i++)
        name_index(c, dict, names[i]);
    gp_mem_free(c->st->heap, names, (n ? n : 1) * sizeof *names);
}

static void enter_unit(Compiler *c, GpSymScope *scope, const char *name, const char *qualname,
                       int firstlineno)
{
    Unit *u = gp_mem_alloc(c->st->heap, sizeof *u);
    if (!u)
        fail_exc(c);
    memset(u, 0, sizeof *u);
    u->parent = c->u;
    u->scope = scope;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->loc = (GpPos){firstlineno, firstlineno, -1, -1};
    c->u = u;
    u->consts = check(c, gp_list_new(c->st, 0));
    u->names = new_dict(c);
    u->varnames = new_dict(c);
    u->cellvars = new_dict(c);
    u->freevars = new_dict(c);
    for (size_t i = 0; i < scope->nvarnames; i++)
        name_index(c, u->varnames, scope->varnames[i]);
    collect_sorted(c, scope, GP_SCOPE_CELL, u->cellvars, 0);
    if (scope->needs_class_closure)
        name_index(c, u->cellvars, "__class__");
    collect_sorted(c, scope, GP_SCOPE_FREE, u->freevars, scope->type == GP_BLOCK_CLASS);
    if (scope->type == GP_BLOCK_FUNCTION) {
        /* the other locals after the parameters, in order of appearance */
        for (size_t i = 0; i < scope->nsyms; i++) {
            int f = scope->syms[i].flags;
            GpNameScope sc = gp_symscope_scope_of(f);
            if (sc == GP_SCOPE_LOCAL)
                name_index(c, u->varnames, scope->syms[i].name);
        }
    }
}

static void free_unit(Compiler *c, Unit *u)
{
    GpArea *h = c->st->heap;
    gp_mem_free(h, u->code, u->cap * 4);
    gp_mem_free(h, u->pos, u->cap * sizeof *u->pos);
    gp_mem_free(h, u->depth_at, u->cap * sizeof(int));
    GpObject *objs[] = {u->consts, u->names, u->varnames, u->cellvars, u->freevars};
    for (size_t i = 0; i < 5; i++)
        gp_xdecref(c->st, objs[i]);
    gp_mem_free(h, u, sizeof *u);
}

/* A tuple of the names of a dict, in index order, in the static area. */
static GpObject *names_tuple(Compiler *c, GpObject *dict)
{
    size_t n = gp_dict_size(dict), pos = 0;
    gp_state_push_area(c->st, c->st->consts);
    GpObject *t = gp_tuple_new(c->st, n);
    gp_state_pop_area(c->st);
    check(c, t);
    GpObject *k, *v;
    while (gp_dict_next(dict, &pos, &k, &v))
        ((GpTuple *)t)->items[GP_INT(v)->u.s.v] = gp_incref(k);
    return t;
}

static GpObject *finish_unit(Compiler *c)
{
    GpState *st = c->st;
    Unit *u = c->u;
    GpCode *code = gp_code_new(st, u->n);
    if (!code)
        fail_exc(c);
    memcpy(code->code, u->code, u->n * 4);
    if (gp_code_set_positions(st, code, u->pos) != 0) {
        gp_decref(st, GP_OBJ(code));
        fail_exc(c);
    }
    gp_state_push_area(st, st->consts);
    GpObject *consts = gp_list_as_tuple(st, u->consts);
    gp_state_pop_area(st);
    code->consts = check(c, consts);
    code->names = names_tuple(c, u->names);
    code->varnames = names_tuple(c, u->varnames);
    code->cellvars = names_tuple(c, u->cellvars);
    code->freevars = names_tuple(c, u->freevars);
    code->name = make_str(c, u->name);
    code->qualname = make_str(c, u->qualname);
    code->filename = gp_incref(c->filename_obj);
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonly;
    code->kwonlyargcount = u->kwonly;
    code->flags = u->flags;
    code->nlocals = (int)gp_tuple_size(code->varnames);
    code->stacksize = u->maxdepth + 1;
    code->blockdepth = u->maxblocks;
    code->firstlineno = u->firstlineno;
    size_t ncell = gp_tuple_size(code->cellvars);
    if (ncell) {
        code->cell2arg = gp_mem_alloc(st->text, ncell * sizeof(int));
        if (!code->cell2arg)
            fail_exc(c);
        size_t nargs = (size_t)(u->argcount + u->kwonly) + ((u->flags & GP_CO_VARARGS) != 0) +
                       ((u->flags & GP_CO_VARKEYWORDS) != 0);
        for (size_t i = 0; i < ncell; i++) {
            code->cell2arg[i] = -1;
            for (size_t a = 0; a < nargs; a++)
                if (gp_str_equal(gp_tuple_item(code->cellvars, i),
                                 gp_tuple_item(code->varnames, a)))
                    code->cell2arg[i] = (int)a;
        }
    }
    Unit *parent = u->parent;
    free_unit(c, u);
    c->u = parent;
    return GP_OBJ(code);
}

/* ---- dead code ------------------------------------------------------------------------- */

/* The arm a constant test never takes (`if 0:`, `while 0:`, the body of
 * `while 1:`'s else, `x if 1 else y`'s y) is compiled for its errors and
 * its constants, then its instructions are dropped: CPython compiles it
 * and its control-flow optimizer removes it. */
typedef struct Mark {
    size_t n;
    int depth;
    GpPos loc;
} Mark;

static Mark mark(Compiler *c)
{
    Mark m = {c->u->n, c->u->depth, c->u->loc};
    return m;
}

static void drop_since(Compiler *c, Mark m)
{
    Unit *u = c->u;
    for (size_t i = m.n; i <= u->n && i < u->cap; i++)
        u->depth_at[i] = -1;
    for (int k = 0; k < u->nloops; k++) {   /* breaks in the dropped code */
        Loop *l = &u->loops[k];
        size_t kept = 0;
        for (size_t i = 0; i < l->nbreaks; i++)
            if (l->breaks[i] < (int)m.n)
                l->breaks[kept++] = l->breaks[i];
        l->nbreaks = kept;
    }
    u->n = m.n;
    u->depth = m.depth;
    u->loc = m.loc;
}

static void expr(Compiler *c, const GpAst *e);
/* ---- annotations and the module body ------------------------------------------------ */

static void store_target(Compiler *c, const GpAst *t);
static void set_line(Compiler *c, const GpAst *n);

/* Does the block hold an annotated assignment (outside nested functions
 * and classes)?  Then the module or class starts with SETUP_ANNOTATIONS
 * (CPython's find_ann). */
static int find_ann(const GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++) {
        const GpAst *s = l->items[i];
        switch (s->kind) {
        case GP_AST_ANNASSIGN:
            return 1;
        case GP_AST_FOR:
            if (find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse))
                return 1;
            break;
        case GP_AST_WHILE:
            if (find_ann(&s->v.while_.body) || find_ann(&s->v.while_.orelse))
                return 1;
            break;
        case GP_AST_IF:
            if (find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse))
                return 1;
            break;
        case GP_AST_WITH:
            if (find_ann(&s->v.with.body))
                return 1;
            break;
        case GP_AST_TRY:
            if (find_ann(&s->v.try_.body) || find_ann(&s->v.try_.orelse) ||
                find_ann(&s->v.try_.finalbody))
                return 1;
            for (size_t k = 0; k < s->v.try_.handlers.len; k++)
                if (find_ann(&s->v.try_.handlers.items[k]->v.excepthandler.body))
                    return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* `from __future__ import annotations` in the module: annotations are not
 * evaluated (CPython keeps them as strings; glasspy does not keep them) */
static int future_annotations(const GpAstList *body)
{
    for (size_t i = 0; i < body->len; i++) {
        const GpAst *s = body->items[i];
        if (s->kind != GP_AST_IMPORTFROM || !s->v.importfrom.module ||
            strcmp(s->v.importfrom.module, "__future__") != 0)
            continue;
        for (size_t k = 0; k < s->v.importfrom.names.len; k++)
            if (strcmp(s->v.importfrom.names.items[k]->v.alias.name, "annotations") == 0)
                return 1;
    }
    return 0;
}

/* x: T = v.  In a module (or class) a simple name's annotation is
 * evaluated and kept in __annotations__; another target's annotation is
 * evaluated and dropped; in a function neither (CPython 3.11). */
static void annassign(Compiler *c, const GpAst *s)
{
    const GpAst *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        expr(c, s->v.annassign.value);
        store_target(c, t);
    }
    if (c->u->scope->type == GP_BLOCK_FUNCTION || c->lazy_annotations)
        return;
    set_line(c, s);
    expr(c, s->v.annassign.annotation);
    if (t->kind == GP_AST_NAME && s->v.annassign.simple) {
        emit(c, GP_OP_LOAD_NAME, name_index(c, c->u->names, "__annotations__"));
        GpObject *key = make_str(c, t->v.name.id);
        load_const(c, key);
        gp_decref(c->st, key);
        emit(c, GP_OP_STORE_SUBSCR, 0);
    } else {
        emit(c, GP_OP_POP_TOP, 0);
    }
}

static void stmts(Compiler *c, const GpAstList *l);

static void dead_expr(Compiler *c, const GpAst *e)
{
    Mark m = mark(c);
    expr(c, e);
    drop_since(c, m);
}

static void dead_stmts(Compiler *c, const GpAstList *l)
{
    Mark m = mark(c);
    stmts(c, l);
    drop_since(c, m);
}

/* ---- names ----------------------------------------------------------------------------- */

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } Ctx;

static void name_op(Compiler *c, const GpAst *node, const char *raw, Ctx ctx)
{
    Unit *u = c->u;
    const char *name = raw;
    /* mangle __private names inside classes */
    for (Unit *x = u; x; x = x->parent)
        if (x->scope->type == GP_BLOCK_CLASS) {
            name = gp_symtable_mangle(c->table->arena, x->name, raw);
            break;
        }
    if (!name)
        fail_exc(c);
    int flags = gp_symscope_flags(u->scope, name);
    GpNameScope sc = gp_symscope_scope_of(flags);
    int fn = u->scope->type == GP_BLOCK_FUNCTION;
    static const int fast[] = {GP_OP_LOAD_FAST, GP_OP_STORE_FAST, GP_OP_DELETE_FAST};
    static const int deref[] = {GP_OP_LOAD_DEREF, GP_OP_STORE_DEREF, GP_OP_DELETE_DEREF};
    static const int global[] = {GP_OP_LOAD_GLOBAL, GP_OP_STORE_GLOBAL, GP_OP_DELETE_GLOBAL};
    static const int byname[] = {GP_OP_LOAD_NAME, GP_OP_STORE_NAME, GP_OP_DELETE_NAME};
    (void)node;
    switch (sc) {
    case GP_SCOPE_FREE:
        if (u->scope->type == GP_BLOCK_CLASS && ctx == CTX_LOAD) {
            emit(c, GP_OP_LOAD_CLASSDEREF,
                 (uint32_t)gp_dict_size(u->cellvars) + name_index(c, u->freevars, name));
            return;
        }
        emit(c, deref[ctx],
             (uint32_t)gp_dict_size(u->cellvars) + name_index(c, u->freevars, name));
        return;
    case GP_SCOPE_CELL:
        emit(c, deref[ctx], name_index(c, u->cellvars, name));
        return;
    case GP_SCOPE_LOCAL:
        if (fn) {
            emit(c, fast[ctx], name_index(c, u->varnames, name));
            return;
        }
        break;
    case GP_SCOPE_GLOBAL_IMPLICIT:
        if (fn) {
            emit(c, global[ctx], name_index(c, u->names, name));
            return;
        }
        break;
    case GP_SCOPE_GLOBAL_EXPLICIT:
        emit(c, global[ctx], name_index(c, u->names, name));
        return;
    default:
        break;
    }
    emit(c, byname[ctx], name_index(c, u->names, name));
}

/* CPython 3.11 compiles a condition with compiler_jump_if, which leaves
 * the position of the last comparison it branches on (through `not`,
 * `and`, `or`) as the current one: an assert's AssertionError points at
 * it. */
static void set_line(Compiler *c, const GpAst *n);
static void compare_position(Compiler *c, const GpAst *test)
{
    if (test->kind == GP_AST_UNARYOP && test->v.unaryop.op == GP_UOP_NOT) {
        compare_position(c, test->v.unaryop.operand);
    } else if (test->kind == GP_AST_BOOLOP) {
        for (size_t i = 0; i < test->v.boolop.values.len; i++)
            compare_position(c, test->v.boolop.values.items[i]);
    } else if (test->kind == GP_AST_COMPARE) {
        set_line(c, test);
    }
}

/* ---- SyntaxWarnings (CPython's check_compare, check_caller, check_subscripter,
 * check_index), at the current line ----------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void syntax_warning(Compiler *c, const char *fmt, ...)
{
    if (!c->warn)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->warn(c->warn_ctx, c->filename, c->u->loc.line, msg);
}

/* Is e a constant once CPython's AST optimizer has folded it?  Its type
 * name, else NULL: a literal, a sign or ~ on a number, a tuple of those. */
static const char *folded_const_type(const GpAst *e)
{
    if (e->kind == GP_AST_CONSTANT && e->v.constant.value.kind == GP_CONST_OBJECT)
        return e->v.constant.value.obj->type->name;     /* a value fold.c computed */
    if (e->kind == GP_AST_CONSTANT) {
        static const char *const names[] = {
            [GP_CONST_NONE] = "NoneType", [GP_CONST_TRUE] = "bool", [GP_CONST_FALSE] = "bool",
            [GP_CONST_ELLIPSIS] = "ellipsis", [GP_CONST_INT] = "int",
            [GP_CONST_FLOAT] = "float", [GP_CONST_COMPLEX] = "complex",
            [GP_CONST_STR] = "str", [GP_CONST_BYTES] = "bytes"};
        return names[e->v.constant.value.kind];
    }
    if (e->kind == GP_AST_UNARYOP && e->v.unaryop.op != GP_UOP_NOT) {
        const char *t = folded_const_type(e->v.unaryop.operand);
        if (t && (!strcmp(t, "int") || !strcmp(t, "float") || !strcmp(t, "complex") ||
                  !strcmp(t, "bool")))
            return e->v.unaryop.op == GP_UOP_INVERT && !strcmp(t, "float") ? NULL
                   : !strcmp(t, "bool") ? "int" : t;
        return NULL;
    }
    if (e->kind == GP_AST_TUPLE && e->v.tuple.ctx == GP_CTX_LOAD) {
        for (size_t i = 0; i < e->v.tuple.elts.len; i++)
            if (e->v.tuple.elts.items[i]->kind == GP_AST_STARRED ||
                !folded_const_type(e->v.tuple.elts.items[i]))
                return NULL;
        return "tuple";
    }
    return NULL;
}

/* CPython's infer_type: the type name a literal expression makes, or NULL. */
static const char *literal_type(const GpAst *e)
{
    switch (e->kind) {
    case GP_AST_TUPLE: return "tuple";
    case GP_AST_LIST: case GP_AST_LISTCOMP: return "list";
    case GP_AST_DICT: case GP_AST_DICTCOMP: return "dict";
    case GP_AST_SET: case GP_AST_SETCOMP: return "set";
    case GP_AST_GENERATOREXP: return "generator";
    case GP_AST_LAMBDA: return "function";
    case GP_AST_JOINEDSTR: case GP_AST_FORMATTEDVALUE: return "str";
    default: return folded_const_type(e);
    }
}

static int is_plain_is_arg(const GpAst *e)
{
    if (!folded_const_type(e))
        return 1;
    if (e->kind != GP_AST_CONSTANT)
        return 0;
    GpConstKind k = e->v.constant.value.kind;
    return k == GP_CONST_NONE || k == GP_CONST_TRUE || k == GP_CONST_FALSE ||
           k == GP_CONST_ELLIPSIS;
}

static void check_compare(Compiler *c, const GpAst *e)
{
    int left = is_plain_is_arg(e->v.compare.left);
    for (size_t i = 0; i < e->v.compare.comparators.len; i++) {
        GpCmpOp op = e->v.compare.ops.items[i];
        int right = is_plain_is_arg(e->v.compare.comparators.items[i]);
        if ((op == GP_CMP_IS || op == GP_CMP_ISNOT) && (!left || !right)) {
            syntax_warning(c, op == GP_CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static void check_caller(Compiler *c, const GpAst *f)
{
    switch (f->kind) {
    case GP_AST_CONSTANT: case GP_AST_TUPLE: case GP_AST_LIST: case GP_AST_LISTCOMP:
    case GP_AST_DICT: case GP_AST_DICTCOMP: case GP_AST_SET: case GP_AST_SETCOMP:
    case GP_AST_GENERATOREXP: case GP_AST_JOINEDSTR: case GP_AST_FORMATTEDVALUE: {
        const char *t = literal_type(f);
        syntax_warning(c, "'%s' object is not callable; perhaps you missed a comma?",
                       t ? t : "tuple");
        break;
    }
    default:
        break;
    }
}

static void check_subscript(Compiler *c, const GpAst *e)
{
    const GpAst *v = e->v.subscript.value, *s = e->v.subscript.slice;
    const char *vt = literal_type(v);
    switch (v->kind) {
    case GP_AST_CONSTANT: case GP_AST_UNARYOP: case GP_AST_TUPLE:
        if (!vt || strcmp(vt, "str") == 0 || strcmp(vt, "bytes") == 0 ||
            strcmp(vt, "tuple") == 0)
            break;
        /* None, ..., numbers: */
        /* fall through */
    case GP_AST_SET: case GP_AST_SETCOMP: case GP_AST_GENERATOREXP: case GP_AST_LAMBDA:
        syntax_warning(c, "'%s' object is not subscriptable; perhaps you missed a comma?", vt);
        return;
    default:
        break;
    }
    const char *it = s->kind == GP_AST_SLICE ? NULL : literal_type(s);
    if (!it || strcmp(it, "int") == 0 || strcmp(it, "bool") == 0)
        return;
    switch (v->kind) {
    case GP_AST_CONSTANT: case GP_AST_UNARYOP: case GP_AST_TUPLE:
        if (!vt || !(strcmp(vt, "str") == 0 || strcmp(vt, "bytes") == 0 ||
                     strcmp(vt, "tuple") == 0))
            break;
        /* fall through */
    case GP_AST_LIST: case GP_AST_LISTCOMP: case GP_AST_JOINEDSTR: case GP_AST_FORMATTEDVALUE:
        syntax_warning(c,
                       "%s indices must be integers or slices, not %s; "
                       "perhaps you missed a comma?",
                       vt, it);
        break;
    default:
        break;
    }
}

/* ---- expressions -------------------------------------------------------------------------- */

static void expr(Compiler *c, const GpAst *e);
static void stmts(Compiler *c, const GpAstList *l);

static void set_line(Compiler *c, const GpAst *n)
{
    if (n->lineno > 0)
        c->u->loc = (GpPos){n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
}

/* CPython's update_start_location_to_match_attr: an attribute (or method)
 * whose name is on a later line than where the current position starts
 * begins at the name, so a traceback points at the line of `.name`. */
static void match_attr_line(Compiler *c, const GpAst *attr)
{
    GpPos *l = &c->u->loc;
    if (l->line == attr->end_lineno)
        return;
    l->line = attr->end_lineno;
    int len = (int)strlen(attr->v.attribute.attr);
    if (len <= attr->end_col_offset) {
        l->col = attr->end_col_offset - len;
    } else {
        l->col = l->end_col = -1;
    }
    if (l->end_line < l->line)
        l->end_line = l->line;
    if (l->line == l->end_line && l->end_col < l->col)
        l->end_col = l->col;
}

static int binop_arg(GpOperator op)
{
    switch (op) {
    case GP_OP_ADD: return GP_NB_ADD;
    case GP_OP_SUB: return GP_NB_SUB;
    case GP_OP_MULT: return GP_NB_MUL;
    case GP_OP_MATMULT: return GP_NB_MATMUL;
    case GP_OP_DIV: return GP_NB_TRUEDIV;
    case GP_OP_MOD: return GP_NB_MOD;
    case GP_OP_POW: return GP_NB_POW;
    case GP_OP_LSHIFT: return GP_NB_LSHIFT;
    case GP_OP_RSHIFT: return GP_NB_RSHIFT;
    case GP_OP_BITOR: return GP_NB_OR;
    case GP_OP_BITXOR: return GP_NB_XOR;
    case GP_OP_BITAND: return GP_NB_AND;
    default: return GP_NB_FLOORDIV;
    }
}

static void compare_op(Compiler *c, GpCmpOp op)
{
    switch (op) {
    case GP_CMP_EQ: emit(c, GP_OP_COMPARE_OP, GP_EQ); break;
    case GP_CMP_NOTEQ: emit(c, GP_OP_COMPARE_OP, GP_NE); break;
    case GP_CMP_LT: emit(c, GP_OP_COMPARE_OP, GP_LT); break;
    case GP_CMP_LTE: emit(c, GP_OP_COMPARE_OP, GP_LE); break;
    case GP_CMP_GT: emit(c, GP_OP_COMPARE_OP, GP_GT); break;
    case GP_CMP_GTE: emit(c, GP_OP_COMPARE_OP, GP_GE); break;
    case GP_CMP_IS: emit(c, GP_OP_IS_OP, 0); break;
    case GP_CMP_ISNOT: emit(c, GP_OP_IS_OP, 1); break;
    case GP_CMP_IN: emit(c, GP_OP_CONTAINS_OP, 0); break;
    case GP_CMP_NOTIN: emit(c, GP_OP_CONTAINS_OP, 1); break;
    }
}

static int has_starred(const GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i]->kind == GP_AST_STARRED)
            return 1;
    return 0;
}

/* A list, tuple or set display: with starred items, build a list and
 * extend it. */
static void sequence(Compiler *c, const GpAstList *elts, int build_op)
{
    if (elts->len > 2 && (build_op == GP_OP_BUILD_LIST || build_op == GP_OP_BUILD_SET)) {
        /* [1, 2, 3]: extend an empty list by one constant tuple ({1, 2, 3}:
         * a set by a frozenset), as CPython does */
        int set = build_op == GP_OP_BUILD_SET;
        GpObject *k = gp_fold_const_tuple(&c->fold, elts, set);
        if (k) {
            emit(c, build_op, 0);
            load_const(c, k);
            emit(c, set ? GP_OP_SET_UPDATE : GP_OP_LIST_EXTEND, 1);
            return;
        }
        if (gp_err_occurred(c->st))
            fail_exc(c);
    }
    if (!has_starred(elts)) {
        for (size_t i = 0; i < elts->len; i++)
            expr(c, elts->items[i]);
        emit(c, build_op, (uint32_t)elts->len);
        return;
    }
    int set = build_op == GP_OP_BUILD_SET;
    emit(c, set ? GP_OP_BUILD_SET : GP_OP_BUILD_LIST, 0);
    for (size_t i = 0; i < elts->len; i++) {
        const GpAst *x = elts->items[i];
        if (x->kind == GP_AST_STARRED) {
            expr(c, x->v.starred.value);
            emit(c, set ? GP_OP_SET_UPDATE : GP_OP_LIST_EXTEND, 1);
        } else {
            expr(c, x);
            emit(c, set ? GP_OP_SET_ADD : GP_OP_LIST_APPEND, 1);
        }
    }
    if (build_op == GP_OP_BUILD_TUPLE)
        emit(c, GP_OP_LIST_TO_TUPLE, 0);
}

static void call(Compiler *c, const GpAst *e)
{
    const GpAst *f = e->v.call.func;
    const GpAstList *args = &e->v.call.args, *kws = &e->v.call.keywords;
    int starred = has_starred(args);
    int dstar = 0;
    for (size_t i = 0; i < kws->len; i++)
        if (!kws->items[i]->v.keyword.arg)
            dstar = 1;
    /* CPython's validate_keywords, at the repeated keyword */
    for (size_t i = 1; i < kws->len; i++) {
        const char *name = kws->items[i]->v.keyword.arg;
        for (size_t j = 0; name && j < i; j++)
            if (kws->items[j]->v.keyword.arg && strcmp(kws->items[j]->v.keyword.arg, name) == 0)
                error_at(c, kws->items[i], "keyword argument repeated: %s", name);
    }
    if (f->kind == GP_AST_ATTRIBUTE && !starred && !dstar && kws->len == 0) {
        /* LOAD_METHOD at the attribute's position, the call at the call's */
        expr(c, f->v.attribute.value);
        set_line(c, f);
        match_attr_line(c, f);
        emit(c, GP_OP_LOAD_METHOD, name_index(c, c->u->names, f->v.attribute.attr));
        for (size_t i = 0; i < args->len; i++)
            expr(c, args->items[i]);
        set_line(c, e);
        match_attr_line(c, f);
        emit(c, GP_OP_CALL_METHOD, (uint32_t)args->len);
        return;
    }
    check_caller(c, f);
    expr(c, f);
    if (!starred && !dstar) {
        for (size_t i = 0; i < args->len; i++)
            expr(c, args->items[i]);
        if (kws->len == 0) {
            set_line(c, e);
            emit(c, GP_OP_CALL_FUNCTION, (uint32_t)args->len);
            return;
        }
        gp_state_push_area(c->st, c->st->consts);
        GpObject *names = gp_tuple_new(c->st, kws->len);
        gp_state_pop_area(c->st);
        check(c, names);
        for (size_t i = 0; i < kws->len; i++) {
            ((GpTuple *)names)->items[i] = make_str(c, kws->items[i]->v.keyword.arg);
            expr(c, kws->items[i]->v.keyword.value);
        }
        load_const(c, names);
        gp_decref(c->st, names);
        set_line(c, e);
        emit(c, GP_OP_CALL_FUNCTION_KW, (uint32_t)(args->len + kws->len));
        return;
    }
    /* f(*a, **k): a tuple of positionals and a dict of keywords; a lone *a
     * goes as it is, CALL_FUNCTION_EX makes it a tuple (so its error names f) */
    if (args->len == 1 && starred)
        expr(c, args->items[0]->v.starred.value);
    else
        sequence(c, args, GP_OP_BUILD_TUPLE);
    if (kws->len) {
        emit(c, GP_OP_BUILD_MAP, 0);
        for (size_t i = 0; i < kws->len; i++) {
            const GpAst *k = kws->items[i];
            if (k->v.keyword.arg) {
                GpObject *name = make_str(c, k->v.keyword.arg);
                load_const(c, name);
                gp_decref(c->st, name);
                expr(c, k->v.keyword.value);
                emit(c, GP_OP_MAP_ADD, 1);
            } else {
                expr(c, k->v.keyword.value);
                emit(c, GP_OP_DICT_MERGE, 1);
            }
        }
    }
    set_line(c, e);
    emit(c, GP_OP_CALL_FUNCTION_EX, kws->len ? 1 : 0);
}

static void store_target(Compiler *c, const GpAst *t);
static GpObject *compile_function(Compiler *c, const GpAst *node, const char *name,
                                  const GpAst *args, const GpAstList *body,
                                  const GpAst *body_expr);
static void make_closure(Compiler *c, GpObject *code, const GpAst *args);

/* Comprehensions run in their own function: [f(x) for x in it] is
 * (lambda .0: [f(x) for x in .0])(iter(it)). */
static void comprehension(Compiler *c, const GpAst *e, const char *name,
                          const GpAstList *gens, const GpAst *elt, const GpAst *val,
                          int build_op)
{
    GpSymScope *scope = gp_symtable_lookup(c->table, e);
    char qual[256];
    snprintf(qual, sizeof qual, "%s%s<%s>", c->u->scope->type == GP_BLOCK_FUNCTION ?
             c->u->qualname : "", c->u->scope->type == GP_BLOCK_FUNCTION ? ".<locals>." : "",
             name);
    char *qn = gp_astarena_strdup(c->table->arena, qual, strlen(qual));
    char nm[64];
    snprintf(nm, sizeof nm, "<%s>", name);
    char *sn = gp_astarena_strdup(c->table->arena, nm, strlen(nm));
    if (!qn || !sn)
        fail_exc(c);
    enter_unit(c, scope, sn, qn, e->lineno);
    c->u->argcount = 1;
    c->u->flags = GP_CO_NESTED | (build_op ? 0 : GP_CO_GENERATOR);
    if (build_op)
        emit(c, build_op, 0);
    int depth_outer = 0;
    int *starts = gp_mem_alloc(c->st->heap, gens->len * sizeof(int));
    int *ends = gp_mem_alloc(c->st->heap, gens->len * sizeof(int));
    if (!starts || !ends)
        fail_exc(c);
    for (size_t g = 0; g < gens->len; g++) {
        const GpAst *gen = gens->items[g];
        if (g == 0) {
            emit(c, GP_OP_LOAD_FAST, 0);   /* .0 */
        } else {
            expr(c, gen->v.comprehension.iter);
            emit(c, GP_OP_GET_ITER, 0);
        }
        starts[g] = here(c);
        place(c, -1);
        ends[g] = emit_jump(c, GP_OP_FOR_ITER, -1, c->u->depth - 1);
        store_target(c, gen->v.comprehension.target);
        for (size_t i = 0; i < gen->v.comprehension.ifs.len; i++) {
            expr(c, gen->v.comprehension.ifs.items[i]);
            emit_jump(c, GP_OP_POP_JUMP_IF_FALSE, starts[g], c->u->depth - 1);
        }
        depth_outer++;
    }
    if (val) {
        expr(c, elt);
        expr(c, val);
        emit(c, GP_OP_MAP_ADD, (uint32_t)gens->len + 1);
    } else if (!build_op) {
        /* a generator expression yields each element */
        expr(c, elt);
        emit(c, GP_OP_YIELD_VALUE, 0);
        emit(c, GP_OP_POP_TOP, 0);
    } else {
        expr(c, elt);
        emit(c, build_op == GP_OP_BUILD_SET ? GP_OP_SET_ADD : GP_OP_LIST_APPEND,
             (uint32_t)gens->len + 1);
    }
    for (size_t g = gens->len; g-- > 0;) {
        int d = c->u->depth;
        emit_jump(c, GP_OP_JUMP_ABSOLUTE, starts[g], d);
        patch(c, ends[g], here(c));
        place(c, d - 1);
    }
    if (!build_op)
        load_const(c, c->st->none);
    emit(c, GP_OP_RETURN_VALUE, 0);
    gp_mem_free(c->st->heap, starts, gens->len * sizeof(int));
    gp_mem_free(c->st->heap, ends, gens->len * sizeof(int));
    GpObject *code = finish_unit(c);
    make_closure(c, code, NULL);
    gp_decref(c->st, code);
    expr(c, gens->items[0]->v.comprehension.iter);
    emit(c, GP_OP_GET_ITER, 0);
    set_line(c, e);
    emit(c, GP_OP_CALL_FUNCTION, 1);
}

static void fstring(Compiler *c, const GpAst *e)
{
    const GpAstList *vals = &e->v.joinedstr.values;
    if (vals->len == 0) {
        load_const(c, c->st->empty_str);
        return;
    }
    for (size_t i = 0; i < vals->len; i++)
        expr(c, vals->items[i]);
    if (vals->len > 1)
        emit(c, GP_OP_BUILD_STRING, (uint32_t)vals->len);
}

static void expr(Compiler *c, const GpAst *e)
{
    GpPos saved = c->u->loc;
    set_line(c, e);
    switch (e->kind) {
    case GP_AST_CONSTANT: {
        GpObject *k = const_of(c, &e->v.constant.value);
        if (!k) {
            if (gp_err_occurred(c->st))
                fail_exc(c);
            unsupported(c, e, e->v.constant.value.kind == GP_CONST_COMPLEX ? "complex numbers are"
                              : "the Ellipsis constant is");
        }
        load_const(c, k);
        gp_decref(c->st, k);
        break;
    }
    case GP_AST_NAME:
        name_op(c, e, e->v.name.id,
                e->v.name.ctx == GP_CTX_LOAD ? CTX_LOAD : e->v.name.ctx == GP_CTX_STORE
                                                              ? CTX_STORE : CTX_DEL);
        break;
    case GP_AST_BINOP:
        expr(c, e->v.binop.left);
        expr(c, e->v.binop.right);
        set_line(c, e);
        emit(c, GP_OP_BINARY_OP, (uint32_t)binop_arg(e->v.binop.op));
        break;
    case GP_AST_UNARYOP:
        expr(c, e->v.unaryop.operand);
        set_line(c, e);
        switch (e->v.unaryop.op) {
        case GP_UOP_INVERT: emit(c, GP_OP_UNARY_INVERT, 0); break;
        case GP_UOP_NOT: emit(c, GP_OP_UNARY_NOT, 0); break;
        case GP_UOP_UADD: emit(c, GP_OP_UNARY_POSITIVE, 0); break;
        default: emit(c, GP_OP_UNARY_NEGATIVE, 0); break;
        }
        break;
    case GP_AST_BOOLOP: {
        const GpAstList *v = &e->v.boolop.values;
        int op = e->v.boolop.op == GP_BOOL_AND ? GP_OP_JUMP_IF_FALSE_OR_POP
                                               : GP_OP_JUMP_IF_TRUE_OR_POP;
        int jumps[256];
        size_t nj = 0;
        if (v->len > 257)
            unsupported(c, e, "boolean expressions of more than 257 operands are");
        for (size_t i = 0; i < v->len; i++) {
            expr(c, v->items[i]);
            if (i + 1 < v->len)
                jumps[nj++] = emit_jump(c, op, -1, c->u->depth);
        }
        int d = c->u->depth;
        for (size_t i = 0; i < nj; i++)
            patch(c, jumps[i], here(c));
        place(c, d);
        break;
    }
    case GP_AST_COMPARE: {
        const GpAstList *cmp = &e->v.compare.comparators;
        check_compare(c, e);
        expr(c, e->v.compare.left);
        if (cmp->len == 1) {
            expr(c, cmp->items[0]);
            set_line(c, e);
            compare_op(c, e->v.compare.ops.items[0]);
            break;
        }
        /* a < b < c: keep b for the next comparison, stop at the first
         * false result */
        int cleanup[256];
        size_t nc = 0;
        if (cmp->len > 256)
            unsupported(c, e, "chains of more than 256 comparisons are");
        for (size_t i = 0; i + 1 < cmp->len; i++) {
            expr(c, cmp->items[i]);
            emit(c, GP_OP_DUP_TOP, 0);
            emit(c, GP_OP_ROT_THREE, 0);
            compare_op(c, e->v.compare.ops.items[i]);
            cleanup[nc++] = emit_jump(c, GP_OP_JUMP_IF_FALSE_OR_POP, -1, c->u->depth);
        }
        expr(c, cmp->items[cmp->len - 1]);
        compare_op(c, e->v.compare.ops.items[cmp->len - 1]);
        int end = emit_jump(c, GP_OP_JUMP_FORWARD, -1, c->u->depth);
        int d = c->u->depth;
        for (size_t i = 0; i < nc; i++)
            patch(c, cleanup[i], here(c));
        place(c, d + 1);
        emit(c, GP_OP_ROT_TWO, 0);
        emit(c, GP_OP_POP_TOP, 0);
        patch(c, end, here(c));
        place(c, d);
        break;
    }
    case GP_AST_CALL:
        call(c, e);
        break;
    case GP_AST_ATTRIBUTE:
        expr(c, e->v.attribute.value);
        set_line(c, e);
        match_attr_line(c, e);
        if (e->v.attribute.ctx == GP_CTX_LOAD)
            emit(c, GP_OP_LOAD_ATTR, name_index(c, c->u->names, e->v.attribute.attr));
        else if (e->v.attribute.ctx == GP_CTX_DEL)
            emit(c, GP_OP_DELETE_ATTR, name_index(c, c->u->names, e->v.attribute.attr));
        else
            emit(c, GP_OP_STORE_ATTR, name_index(c, c->u->names, e->v.attribute.attr));
        break;
    case GP_AST_SUBSCRIPT:
        if (e->v.subscript.ctx == GP_CTX_LOAD)
            check_subscript(c, e);
        expr(c, e->v.subscript.value);
        expr(c, e->v.subscript.slice);
        set_line(c, e);
        emit(c, e->v.subscript.ctx == GP_CTX_DEL ? GP_OP_DELETE_SUBSCR : GP_OP_BINARY_SUBSCR, 0);
        break;
    case GP_AST_SLICE: {
        int n = 2;
        if (e->v.slice.lower) expr(c, e->v.slice.lower); else load_const(c, c->st->none);
        if (e->v.slice.upper) expr(c, e->v.slice.upper); else load_const(c, c->st->none);
        if (e->v.slice.step) {
            expr(c, e->v.slice.step);
            n = 3;
        }
        emit(c, GP_OP_BUILD_SLICE, (uint32_t)n);
        break;
    }
    case GP_AST_TUPLE:
        sequence(c, &e->v.tuple.elts, GP_OP_BUILD_TUPLE);
        break;
    case GP_AST_LIST:
        sequence(c, &e->v.list.elts, GP_OP_BUILD_LIST);
        break;
    case GP_AST_SET:
        sequence(c, &e->v.set.elts, GP_OP_BUILD_SET);
        break;
    case GP_AST_DICT: {
        const GpAstList *k = &e->v.dict.keys, *v = &e->v.dict.values;
        size_t run = 0;
        int built = 0;
        for (size_t i = 0; i < k->len; i++) {
            if (!k->items[i]) {         /* {**m} */
                if (!built) {
                    emit(c, GP_OP_BUILD_MAP, (uint32_t)run);
                    built = 1;
                } else if (run) {
                    emit(c, GP_OP_BUILD_MAP, (uint32_t)run);
                    emit(c, GP_OP_DICT_UPDATE, 1);
                }
                run = 0;
                expr(c, v->items[i]);
                emit(c, GP_OP_DICT_UPDATE, 1);
                continue;
            }
            expr(c, k->items[i]);
            expr(c, v->items[i]);
            run++;
        }
        if (!built)
            emit(c, GP_OP_BUILD_MAP, (uint32_t)run);
        else if (run) {
            emit(c, GP_OP_BUILD_MAP, (uint32_t)run);
            emit(c, GP_OP_DICT_UPDATE, 1);
        }
        break;
    }
    case GP_AST_IFEXP: {
        int truth = gp_fold_truth(c->st, e->v.ifexp.test);
        if (truth >= 0) {
            dead_expr(c, e->v.ifexp.test);
            if (!truth)
                dead_expr(c, e->v.ifexp.body);
            expr(c, truth ? e->v.ifexp.body : e->v.ifexp.orelse);
            if (truth)
                dead_expr(c, e->v.ifexp.orelse);
            break;
        }
        expr(c, e->v.ifexp.test);
        int d = c->u->depth - 1;
        int to_else = emit_jump(c, GP_OP_POP_JUMP_IF_FALSE, -1, d);
        expr(c, e->v.ifexp.body);
        int to_end = emit_jump(c, GP_OP_JUMP_FORWARD, -1, d + 1);
        patch(c, to_else, here(c));
        place(c, d);
        expr(c, e->v.ifexp.orelse);
        patch(c, to_end, here(c));
        place(c, d + 1);
        break;
    }
    case GP_AST_NAMEDEXPR:
        expr(c, e->v.namedexpr.value);
        emit(c, GP_OP_DUP_TOP, 0);
        store_target(c, e->v.namedexpr.target);
        break;
    case GP_AST_LAMBDA: {
        GpObject *code = compile_function(c, e, "<lambda>", e->v.lambda.args, NULL,
                                          e->v.lambda.body);
        make_closure(c, code, e->v.lambda.args);
        gp_decref(c->st, code);
        break;
    }
    case GP_AST_LISTCOMP:
        comprehension(c, e, "listcomp", &e->v.listcomp.generators, e->v.listcomp.elt, NULL,
                      GP_OP_BUILD_LIST);
        break;
    case GP_AST_SETCOMP:
        comprehension(c, e, "setcomp", &e->v.setcomp.generators, e->v.setcomp.elt, NULL,
                      GP_OP_BUILD_SET);
        break;
    case GP_AST_DICTCOMP:
        comprehension(c, e, "dictcomp", &e->v.dictcomp.generators, e->v.dictcomp.key,
                      e->v.dictcomp.value, GP_OP_BUILD_MAP);
        break;
    case GP_AST_JOINEDSTR:
        fstring(c, e);
        break;
    case GP_AST_FORMATTEDVALUE: {
        expr(c, e->v.formattedvalue.value);
        uint32_t flags = 0;
        switch (e->v.formattedvalue.conversion) {
        case 's': flags = 1; break;
        case 'r': flags = 2; break;
        case 'a': flags = 3; break;
        default: break;
        }
        if (e->v.formattedvalue.format_spec) {
            expr(c, e->v.formattedvalue.format_spec);
            flags |= 4;
        }
        emit(c, GP_OP_FORMAT_VALUE, flags);
        break;
    }
    case GP_AST_STARRED:
        error_at(c, e, "can't use starred expression here");
    case GP_AST_GENERATOREXP:
        comprehension(c, e, "genexpr", &e->v.generatorexp.generators, e->v.generatorexp.elt,
                      NULL, 0);
        break;
    case GP_AST_YIELD:
        if (e->v.yield.value)
            expr(c, e->v.yield.value);
        else
            load_const(c, c->st->none);
        emit(c, GP_OP_YIELD_VALUE, 0);
        break;
    case GP_AST_YIELDFROM:
        expr(c, e->v.yieldfrom.value);
        emit(c, GP_OP_GET_YIELD_FROM_ITER, 0);
        load_const(c, c->st->none);
        emit(c, GP_OP_YIELD_FROM, 0);
        break;
    default:
        unsupported(c, e, "this expression is");
    }
    c->u->loc = saved;
}

/* ---- assignment targets ------------------------------------------------------------------- */

static void unpack(Compiler *c, const GpAst *t, const GpAstList *elts)
{
    size_t star = elts->len;
    for (size_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == GP_AST_STARRED) {
            if (star != elts->len)
                error_at(c, t, "multiple starred expressions in assignment");
            star = i;
        }
    }
    if (star == elts->len) {
        emit(c, GP_OP_UNPACK_SEQUENCE, (uint32_t)elts->len);
    } else {
        size_t after = elts->len - star - 1;
        if (star > 255 || after > 0xffff)
            error_at(c, t, "too many expressions in star-unpacking assignment");
        emit(c, GP_OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (size_t i = 0; i < elts->len; i++) {
        const GpAst *x = elts->items[i];
        store_target(c, x->kind == GP_AST_STARRED ? x->v.starred.value : x);
    }
}

/* Store the value on top of the stack into target t. */
static void store_target(Compiler *c, const GpAst *t)
{
    set_line(c, t);
    switch (t->kind) {
    case GP_AST_NAME:
        name_op(c, t, t->v.name.id, CTX_STORE);
        break;
    case GP_AST_ATTRIBUTE:
        expr(c, t->v.attribute.value);
        emit(c, GP_OP_STORE_ATTR, name_index(c, c->u->names, t->v.attribute.attr));
        break;
    case GP_AST_SUBSCRIPT:
        expr(c, t->v.subscript.value);
        expr(c, t->v.subscript.slice);
        emit(c, GP_OP_STORE_SUBSCR, 0);
        break;
    case GP_AST_TUPLE:
        unpack(c, t, &t->v.tuple.elts);
        break;
    case GP_AST_LIST:
        unpack(c, t, &t->v.list.elts);
        break;
    case GP_AST_STARRED:
        error_at(c, t, "starred assignment target must be in a list or tuple");
    default:
        error_at(c, t, "cannot assign to this expression");
    }
}

/* ---- functions ----------------------------------------------------------------------------- */

/* Defaults, keyword defaults and the closure, then MAKE_FUNCTION. */
static void make_closure(Compiler *c, GpObject *code, const GpAst *args)
{
    GpState *st = c->st;
    uint32_t flags = 0;
    if (args) {
        const GpAstList *d = &args->v.arguments.defaults;
        if (d->len) {
            for (size_t i = 0; i < d->len; i++)
                expr(c, d->items[i]);
            emit(c, GP_OP_BUILD_TUPLE, (uint32_t)d->len);
            flags |= 1;
        }
        const GpAstList *kwd = &args->v.arguments.kw_defaults;
        size_t nkw = 0;
        for (size_t i = 0; i < kwd->len; i++) {
            if (!kwd->items[i])
                continue;
            GpObject *name = make_str(c, args->v.arguments.kwonlyargs.items[i]->v.arg.arg);
            load_const(c, name);
            gp_decref(st, name);
            expr(c, kwd->items[i]);
            nkw++;
        }
        if (nkw) {
            emit(c, GP_OP_BUILD_MAP, (uint32_t)nkw);
            flags |= 2;
        }
    }
    GpObject *frees = GP_CODE(code)->freevars;
    size_t nfree = gp_tuple_size(frees);
    if (nfree) {
        for (size_t i = 0; i < nfree; i++) {
            char buf[256];
            size_t len;
            const char *name = gp_str_utf8(gp_tuple_item(frees, i), buf, sizeof buf, &len);
            if (!name)
                error_at(c, NULL, "name too long");
            /* the free variable is a cell or free variable here */
            Unit *u = c->u;
            int f = gp_symscope_flags(u->scope, name);
            GpNameScope sc = gp_symscope_scope_of(f);
            uint32_t idx;
            if (sc == GP_SCOPE_CELL || (u->scope->needs_class_closure &&
                                        strcmp(name, "__class__") == 0))
                idx = name_index(c, u->cellvars, name);
            else
                idx = (uint32_t)gp_dict_size(u->cellvars) + name_index(c, u->freevars, name);
            emit(c, GP_OP_LOAD_CLOSURE, idx);
        }
        emit(c, GP_OP_BUILD_TUPLE, (uint32_t)nfree);
        flags |= 8;
    }
    load_const(c, code);
    load_const(c, GP_CODE(code)->qualname);
    emit(c, GP_OP_MAKE_FUNCTION, flags);
}

static GpObject *compile_function(Compiler *c, const GpAst *node, const char *name,
                                  const GpAst *args, const GpAstList *body,
                                  const GpAst *body_expr)
{
    GpSymScope *scope = gp_symtable_lookup(c->table, node);
    char qual[512];
    Unit *p = c->u;
    if (p->scope->type == GP_BLOCK_MODULE)
        snprintf(qual, sizeof qual, "%s", name);
    else if (p->scope->type == GP_BLOCK_FUNCTION)
        snprintf(qual, sizeof qual, "%s.<locals>.%s", p->qualname, name);
    else
        snprintf(qual, sizeof qual, "%s.%s", p->qualname, name);
    char *qn = gp_astarena_strdup(c->table->arena, qual, strlen(qual));
    if (!qn)
        fail_exc(c);
    enter_unit(c, scope, name, qn, node->lineno);
    Unit *u = c->u;
    u->argcount = (int)(args->v.arguments.posonlyargs.len + args->v.arguments.args.len);
    u->posonly = (int)args->v.arguments.posonlyargs.len;
    u->kwonly = (int)args->v.arguments.kwonlyargs.len;
    if (args->v.arguments.vararg)
        u->flags |= GP_CO_VARARGS;
    if (args->v.arguments.kwarg)
        u->flags |= GP_CO_VARKEYWORDS;
    if (scope->nested)
        u->flags |= GP_CO_NESTED;
    if (scope->generator)
        u->flags |= GP_CO_GENERATOR;
    if (body_expr) {
        expr(c, body_expr);
        emit(c, GP_OP_RETURN_VALUE, 0);
    } else {
        /* a docstring is the first constant */
        if (body->len && body->items[0]->kind == GP_AST_EXPR &&
            body->items[0]->v.expr.value->kind == GP_AST_CONSTANT &&
            body->items[0]->v.expr.value->v.constant.value.kind == GP_CONST_STR) {
            GpObject *doc = const_of(c, &body->items[0]->v.expr.value->v.constant.value);
            add_const(c, check(c, doc));
            gp_decref(c->st, doc);
        } else {
            add_const(c, c->st->none);
        }
        stmts(c, body);
        load_const(c, c->st->none);
        emit(c, GP_OP_RETURN_VALUE, 0);
    }
    return finish_unit(c);
}

/* ---- statements ------------------------------------------------------------------------------ */

static Loop *push_loop(Compiler *c, const GpAst *s, int continue_to, int for_loop)
{
    Unit *u = c->u;
    if (u->nloops == 64)
        error_at(c, s, "too many statically nested blocks");
    Loop *l = &u->loops[u->nloops++];
    memset(l, 0, sizeof *l);
    l->continue_to = continue_to;
    l->for_loop = for_loop;
    l->nfblocks = u->nfblocks;
    return l;
}

static void add_break(Compiler *c, Loop *l, int at)
{
    if (l->nbreaks == l->capbreaks) {
        size_t ncap = l->capbreaks ? l->capbreaks * 2 : 8;
        int *nb = gp_mem_realloc(c->st->heap, l->breaks, l->capbreaks * sizeof(int),
                                 ncap * sizeof(int));
        if (!nb)
            fail_exc(c);
        l->breaks = nb;
        l->capbreaks = ncap;
    }
    l->breaks[l->nbreaks++] = at;
}

static void pop_loop(Compiler *c, int end)
{
    Loop *l = &c->u->loops[--c->u->nloops];
    for (size_t i = 0; i < l->nbreaks; i++)
        patch(c, l->breaks[i], end);
    gp_mem_free(c->st->heap, l->breaks, l->capbreaks * sizeof(int));
}

static void push_fblock(Compiler *c, const GpAst *s, FbType type, const GpAstList *finalbody)
{
    Unit *u = c->u;
    if (u->nfblocks == 64)
        error_at(c, s, "too many statically nested blocks");
    u->fblocks[u->nfblocks].type = type;
    u->fblocks[u->nfblocks].finalbody = finalbody;
    u->nfblocks++;
}

static void enter_block(Compiler *c)
{
    if (++c->u->blocks > c->u->maxblocks)
        c->u->maxblocks = c->u->blocks;
}

/* Undo the innermost fblock on the way out of it; with preserve_tos the
 * value on top of the stack (a return value) stays on top. */
static void unwind_fblock(Compiler *c, int preserve_tos)
{
    Unit *u = c->u;
    Fblock fb = u->fblocks[u->nfblocks - 1];
    switch (fb.type) {
    case FB_TRY:
        emit(c, GP_OP_POP_BLOCK, 0);
        break;
    case FB_HANDLER:
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, GP_OP_ROT_THREE, 0);
        emit(c, GP_OP_POP_EXCEPT, 0);
        break;
    case FB_FINALLY_TRY:
        emit(c, GP_OP_POP_BLOCK, 0);
        /* the finally body runs with its own fblock gone */
        u->nfblocks--;
        stmts(c, fb.finalbody);
        u->nfblocks++;
        break;
    }
}

/* Unwind fblocks down to `keep` (they stay recorded: the code after a
 * jump out is still inside them). */
static void unwind_to(Compiler *c, int keep, int preserve_tos)
{
    Unit *u = c->u;
    int saved = u->nfblocks;
    Fblock copy[64];
    memcpy(copy, u->fblocks, sizeof copy);
    while (u->nfblocks > keep) {
        unwind_fblock(c, preserve_tos);
        u->nfblocks--;
    }
    memcpy(u->fblocks, copy, sizeof copy);
    u->nfblocks = saved;
}

static void try_except(Compiler *c, const GpAst *s)
{
    Unit *u = c->u;
    int d = u->depth;
    enter_block(c);
    int setup = emit_jump(c, GP_OP_SETUP_FINALLY, -1, d + 2);
    push_fblock(c, s, FB_TRY, NULL);
    stmts(c, &s->v.try_.body);
    u->nfblocks--;
    emit(c, GP_OP_POP_BLOCK, 0);
    int to_else = emit_jump(c, GP_OP_JUMP_FORWARD, -1, d);
    /* the handlers: the VM pushed the previous handled exception and this
     * one, [prev exc], and a handler block */
    patch(c, setup, here(c));
    place(c, d + 2);
    const GpAstList *hs = &s->v.try_.handlers;
    int ends[256];
    size_t nends = 0;
    int typed_last = 1;
    if (hs->len > 256)
        unsupported(c, s, "more than 256 except clauses are");
    for (size_t i = 0; i < hs->len; i++) {
        const GpAst *h = hs->items[i];
        set_line(c, h);
        if (!h->v.excepthandler.type && i + 1 < hs->len)
            error_at(c, h, "default 'except:' must be last");
        int next = -1;
        typed_last = h->v.excepthandler.type != NULL;
        if (h->v.excepthandler.type) {
            emit(c, GP_OP_DUP_TOP, 0);
            expr(c, h->v.excepthandler.type);
            next = emit_jump(c, GP_OP_JUMP_IF_NOT_EXC_MATCH, -1, d + 2);
        }
        if (h->v.excepthandler.name) {
            emit(c, GP_OP_DUP_TOP, 0);
            name_op(c, h, h->v.excepthandler.name, CTX_STORE);
        }
        push_fblock(c, h, FB_HANDLER, NULL);
        stmts(c, &h->v.excepthandler.body);
        u->nfblocks--;
        emit(c, GP_OP_POP_EXCEPT, 0);
        if (h->v.excepthandler.name) {
            /* `except E as e` unbinds e at the end of the handler */
            load_const(c, c->st->none);
            name_op(c, h, h->v.excepthandler.name, CTX_STORE);
            name_op(c, h, h->v.excepthandler.name, CTX_DEL);
        }
        ends[nends++] = emit_jump(c, GP_OP_JUMP_FORWARD, -1, d);
        if (next >= 0) {
            patch(c, next, here(c));
            place(c, d + 2);
        }
    }
    if (typed_last)
        emit(c, GP_OP_RERAISE, 0);
    u->blocks--;
    patch(c, to_else, here(c));
    place(c, d);
    stmts(c, &s->v.try_.orelse);
    for (size_t i = 0; i < nends; i++)
        patch(c, ends[i], here(c));
    place(c, d);
}

static void try_finally(Compiler *c, const GpAst *s)
{
    Unit *u = c->u;
    int d = u->depth;
    enter_block(c);
    int setup = emit_jump(c, GP_OP_SETUP_FINALLY, -1, d + 2);
    push_fblock(c, s, FB_FINALLY_TRY, &s->v.try_.finalbody);
    if (s->v.try_.handlers.len)
        try_except(c, s);
    else
        stmts(c, &s->v.try_.body);
    u->nfblocks--;
    emit(c, GP_OP_POP_BLOCK, 0);
    stmts(c, &s->v.try_.finalbody);     /* the normal path */
    int end = emit_jump(c, GP_OP_JUMP_FORWARD, -1, d);
    patch(c, setup, here(c));
    place(c, d + 2);
    push_fblock(c, s, FB_FINALLY_END, NULL);
    stmts(c, &s->v.try_.finalbody);     /* with an exception pending */
    u->nfblocks--;
    emit(c, GP_OP_RERAISE, 0);
    u->blocks--;
    patch(c, end, here(c));
    place(c, d);
}

static void stmt(Compiler *c, const GpAst *s)
{
    Unit *u = c->u;
    set_line(c, s);
    switch (s->kind) {
    case GP_AST_EXPR:
        if (u->interactive && u->scope->type == GP_BLOCK_MODULE) {
            expr(c, s->v.expr.value);
            emit(c, GP_OP_PRINT_EXPR, 0);
            break;
        }
        if (s->v.expr.value->kind == GP_AST_CONSTANT && u->scope->type != GP_BLOCK_MODULE)
            break;   /* a docstring or a bare constant: nothing to run */
        expr(c, s->v.expr.value);
        emit(c, GP_OP_POP_TOP, 0);
        break;
    case GP_AST_ASSIGN: {
        const GpAstList *t = &s->v.assign.targets;
        expr(c, s->v.assign.value);
        for (size_t i = 0; i < t->len; i++) {
            if (i + 1 < t->len)
                emit(c, GP_OP_DUP_TOP, 0);
            store_target(c, t->items[i]);
        }
        break;
    }
    case GP_AST_AUGASSIGN: {
        /* positions as CPython 3.11's compiler_augassign: the target's
         * load and store at the target, the operation at the statement */
        const GpAst *t = s->v.augassign.target;
        uint32_t op = (uint32_t)binop_arg(s->v.augassign.op) | GP_BINOP_INPLACE;
        GpPos stmt_loc = u->loc;
        set_line(c, t);
        if (t->kind == GP_AST_NAME) {
            name_op(c, t, t->v.name.id, CTX_LOAD);
            u->loc = stmt_loc;
            expr(c, s->v.augassign.value);
            emit(c, GP_OP_BINARY_OP, op);
            set_line(c, t);
            name_op(c, t, t->v.name.id, CTX_STORE);
        } else if (t->kind == GP_AST_ATTRIBUTE) {
            uint32_t n = name_index(c, u->names, t->v.attribute.attr);
            expr(c, t->v.attribute.value);
            emit(c, GP_OP_DUP_TOP, 0);
            match_attr_line(c, t);
            emit(c, GP_OP_LOAD_ATTR, n);
            u->loc = stmt_loc;
            expr(c, s->v.augassign.value);
            emit(c, GP_OP_BINARY_OP, op);
            set_line(c, t);
            match_attr_line(c, t);
            emit(c, GP_OP_ROT_TWO, 0);
            emit(c, GP_OP_STORE_ATTR, n);
        } else if (t->kind == GP_AST_SUBSCRIPT) {
            expr(c, t->v.subscript.value);
            expr(c, t->v.subscript.slice);
            emit(c, GP_OP_DUP_TOP_TWO, 0);
            emit(c, GP_OP_BINARY_SUBSCR, 0);
            u->loc = stmt_loc;
            expr(c, s->v.augassign.value);
            emit(c, GP_OP_BINARY_OP, op);
            set_line(c, t);
            emit(c, GP_OP_ROT_THREE, 0);
            emit(c, GP_OP_STORE_SUBSCR, 0);
        } else {
            error_at(c, t, "illegal expression for augmented assignment");
        }
        break;
    }
    case GP_AST_ANNASSIGN:
        annassign(c, s);
        break;
    case GP_AST_DELETE:
        for (size_t i = 0; i < s->v.delete_.targets.len; i++) {
            const GpAst *t = s->v.delete_.targets.items[i];
            if (t->kind == GP_AST_TUPLE || t->kind == GP_AST_LIST) {
                const GpAstList *el = t->kind == GP_AST_TUPLE ? &t->v.tuple.elts : &t->v.list.elts;
                for (size_t k = 0; k < el->len; k++)
                    expr(c, el->items[k]);
            } else {
                expr(c, t);
            }
        }
        break;
    case GP_AST_IF: {
        int truth = gp_fold_truth(c->st, s->v.if_.test);
        if (truth >= 0) {
            dead_expr(c, s->v.if_.test);
            if (!truth)
                dead_stmts(c, &s->v.if_.body);
            stmts(c, truth ? &s->v.if_.body : &s->v.if_.orelse);
            if (truth)
                dead_stmts(c, &s->v.if_.orelse);
            break;
        }
        expr(c, s->v.if_.test);
        int d = u->depth - 1;
        int to_else = emit_jump(c, GP_OP_POP_JUMP_IF_FALSE, -1, d);
        stmts(c, &s->v.if_.body);
        if (s->v.if_.orelse.len) {
            int to_end = emit_jump(c, GP_OP_JUMP_FORWARD, -1, d);
            patch(c, to_else, here(c));
            place(c, d);
            stmts(c, &s->v.if_.orelse);
            patch(c, to_end, here(c));
        } else {
            patch(c, to_else, here(c));
        }
        place(c, d);
        break;
    }
    case GP_AST_WHILE: {
        int top = here(c);
        int d = u->depth;
        int truth = gp_fold_truth(c->st, s->v.while_.test);
        if (truth == 1) {
            /* while 1: no test; the else clause never runs */
            dead_expr(c, s->v.while_.test);
            push_loop(c, s, top, 0);
            stmts(c, &s->v.while_.body);
            emit_jump(c, GP_OP_JUMP_ABSOLUTE, top, d);
            u->loops[u->nloops - 1].in_else = 1;
            dead_stmts(c, &s->v.while_.orelse);
            pop_loop(c, here(c));
            place(c, d);
            break;
        }
        Mark dead = mark(c);
        expr(c, s->v.while_.test);
        int to_else = emit_jump(c, GP_OP_POP_JUMP_IF_FALSE, -1, d);
        push_loop(c, s, top, 0);
        stmts(c, &s->v.while_.body);
        emit_jump(c, GP_OP_JUMP_ABSOLUTE, top, d);
        patch(c, to_else, here(c));
        place(c, d);
        if (truth == 0) {
            /* while 0: the loop is dead, only the else clause runs; a break
             * or continue in it belongs to an outer loop */
            pop_loop(c, here(c));
            drop_since(c, dead);
            stmts(c, &s->v.while_.orelse);
            break;
        }
        u->loops[u->nloops - 1].in_else = 1;
        stmts(c, &s->v.while_.orelse);
        pop_loop(c, here(c));
        place(c, d);
        break;
    }
    case GP_AST_FOR: {
        expr(c, s->v.for_.iter);
        emit(c, GP_OP_GET_ITER, 0);
        int d = u->depth;   /* the iterator is on the stack */
        int top = here(c);
        int exhausted = emit_jump(c, GP_OP_FOR_ITER, -1, d - 1);
        store_target(c, s->v.for_.target);
        push_loop(c, s, top, 1);
        stmts(c, &s->v.for_.body);
        emit_jump(c, GP_OP_JUMP_ABSOLUTE, top, d);
        patch(c, exhausted, here(c));
        place(c, d - 1);
        u->loops[u->nloops - 1].in_else = 1;
        stmts(c, &s->v.for_.orelse);
        pop_loop(c, here(c));
        place(c, d - 1);
        break;
    }
    case GP_AST_BREAK:
    case GP_AST_CONTINUE: {
        int inner = u->nloops - 1;
        while (inner >= 0 && u->loops[inner].in_else)
            inner--;
        if (inner < 0)
            error_at(c, s, s->kind == GP_AST_BREAK ? "'break' outside loop"
                                                    : "'continue' not properly in loop");
        Loop *l = &u->loops[inner];
        int d = u->depth;
        unwind_to(c, l->nfblocks, 0);
        if (s->kind == GP_AST_CONTINUE) {
            emit_jump(c, GP_OP_JUMP_ABSOLUTE, l->continue_to, d);
        } else {
            if (l->for_loop)
                emit(c, GP_OP_POP_TOP, 0);   /* the iterator */
            add_break(c, l, emit_jump(c, GP_OP_JUMP_FORWARD, -1, u->depth));
        }
        place(c, d);
        break;
    }
    case GP_AST_PASS:
        break;
    case GP_AST_RETURN:
        if (u->scope->type != GP_BLOCK_FUNCTION)
            error_at(c, s, "'return' outside function");
        if (s->v.return_.value)
            expr(c, s->v.return_.value);
        else
            load_const(c, c->st->none);
        {
            int d = u->depth;
            unwind_to(c, 0, 1);
            u->depth = d;
        }
        emit(c, GP_OP_RETURN_VALUE, 0);
        place(c, u->depth + 1);
        break;
    case GP_AST_FUNCTIONDEF: {
        const GpAstList *decos = &s->v.functiondef.decorator_list;
        for (size_t i = 0; i < decos->len; i++)
            expr(c, decos->items[i]);
        GpObject *code = compile_function(c, s, s->v.functiondef.name, s->v.functiondef.args,
                                          &s->v.functiondef.body, NULL);
        make_closure(c, code, s->v.functiondef.args);
        gp_decref(c->st, code);
        /* innermost decorator first, each call at its decorator's position */
        for (size_t i = decos->len; i-- > 0;) {
            set_line(c, decos->items[i]);
            emit(c, GP_OP_CALL_FUNCTION, 1);
        }
        set_line(c, s);
        name_op(c, s, s->v.functiondef.name, CTX_STORE);
        break;
    }
    case GP_AST_GLOBAL:
    case GP_AST_NONLOCAL:
        break;   /* the symbol table has done their work */
    case GP_AST_RAISE:
        if (s->v.raise.exc) {
            expr(c, s->v.raise.exc);
            if (s->v.raise.cause) {
                expr(c, s->v.raise.cause);
                emit(c, GP_OP_RAISE_VARARGS, 2);
            } else {
                emit(c, GP_OP_RAISE_VARARGS, 1);
            }
        } else {
            emit(c, GP_OP_RAISE_VARARGS, 0);
        }
        break;
    case GP_AST_ASSERT: {
        expr(c, s->v.assert_.test);
        compare_position(c, s->v.assert_.test);
        int d = u->depth - 1;
        int ok = emit_jump(c, GP_OP_POP_JUMP_IF_TRUE, -1, d);
        emit(c, GP_OP_LOAD_ASSERTION_ERROR, 0);
        if (s->v.assert_.msg) {
            expr(c, s->v.assert_.msg);
            emit(c, GP_OP_CALL_FUNCTION, 1);
        }
        emit(c, GP_OP_RAISE_VARARGS, 1);
        patch(c, ok, here(c));
        place(c, d);
        break;
    }
    case GP_AST_TRY:
        if (s->v.try_.finalbody.len)
            try_finally(c, s);
        else
            try_except(c, s);
        break;
    case GP_AST_WITH:
        unsupported(c, s, "the 'with' statement is");
    case GP_AST_CLASSDEF:
        unsupported(c, s, "class definitions are");
    case GP_AST_IMPORT:
        for (size_t i = 0; i < s->v.import.names.len; i++) {
            const GpAst *al = s->v.import.names.items[i];
            const char *name = al->v.alias.name;
            load_const(c, c->st->small_ints[5]);    /* level 0 */
            load_const(c, c->st->none);
            emit(c, GP_OP_IMPORT_NAME, name_index(c, u->names, name));
            const char *dot = strchr(name, '.');
            if (al->v.alias.asname) {
                /* import a.b.c as d: d is the innermost module */
                while (dot) {
                    const char *next = strchr(dot + 1, '.');
                    size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                    char *part = gp_astarena_strdup(c->table->arena, dot + 1, len);
                    if (!part)
                        fail_exc(c);
                    emit(c, GP_OP_IMPORT_FROM, name_index(c, u->names, part));
                    emit(c, GP_OP_ROT_TWO, 0);
                    emit(c, GP_OP_POP_TOP, 0);
                    dot = next;
                }
                name_op(c, al, al->v.alias.asname, CTX_STORE);
            } else {
                /* import a.b binds a */
                char *first = gp_astarena_strdup(c->table->arena, name,
                                                 dot ? (size_t)(dot - name) : strlen(name));
                if (!first)
                    fail_exc(c);
                name_op(c, al, first, CTX_STORE);
            }
        }
        break;
    case GP_AST_IMPORTFROM: {
        const GpAstList *names = &s->v.importfrom.names;
        GpObject *level = check(c, gp_int_from_i64(c->st, s->v.importfrom.level));
        load_const(c, level);
        gp_decref(c->st, level);
        gp_state_push_area(c->st, c->st->consts);
        GpObject *fromlist = gp_tuple_new(c->st, names->len);
        gp_state_pop_area(c->st);
        check(c, fromlist);
        for (size_t i = 0; i < names->len; i++)
            ((GpTuple *)fromlist)->items[i] = make_str(c, names->items[i]->v.alias.name);
        load_const(c, fromlist);
        gp_decref(c->st, fromlist);
        emit(c, GP_OP_IMPORT_NAME,
             name_index(c, u->names, s->v.importfrom.module ? s->v.importfrom.module : ""));
        if (names->len == 1 && strcmp(names->items[0]->v.alias.name, "*") == 0) {
            emit(c, GP_OP_IMPORT_STAR, 0);
            break;
        }
        for (size_t i = 0; i < names->len; i++) {
            const GpAst *al = names->items[i];
            emit(c, GP_OP_IMPORT_FROM, name_index(c, u->names, al->v.alias.name));
            name_op(c, al, al->v.alias.asname ? al->v.alias.asname : al->v.alias.name, CTX_STORE);
        }
        emit(c, GP_OP_POP_TOP, 0);
        break;
    }
    default:
        unsupported(c, s, "this statement is");
    }
}

static void stmts(Compiler *c, const GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        stmt(c, l->items[i]);
}

/* ---- entry -------------------------------------------------------------------------------------- */

GpObject *gp_compile(GpState *st, GpAst *mod, const char *filename, GpSyntaxError *err)
{
    return gp_compile_warn(st, mod, filename, err, NULL, NULL);
}

GpObject *gp_compile_warn(GpState *st, GpAst *mod, const char *filename, GpSyntaxError *err,
                          GpCompileWarn warn, void *warn_ctx)
{
    GpFold fold;
    gp_fold_init(&fold, st);
    if (gp_fold_tree(&fold, mod) < 0) {
        gp_fold_release(&fold);
        gp_err_clear(st);
        memset(err, 0, sizeof *err);
        err->kind = GP_ERR_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    GpSymtable *table = gp_symtable_build(mod, filename, err);
    if (!table) {
        gp_fold_release(&fold);
        return NULL;
    }
    Compiler c;
    memset(&c, 0, sizeof c);
    c.fold = fold;
    c.st = st;
    c.table = table;
    c.filename = filename;
    c.err = err;
    c.warn = warn;
    c.warn_ctx = warn_ctx;
    gp_state_push_area(st, st->consts);
    c.filename_obj = gp_str_from_cstr(st, filename);
    gp_state_pop_area(st);
    if (!c.filename_obj) {
        gp_fold_release(&c.fold);
        gp_err_clear(st);
        memset(err, 0, sizeof *err);
        err->kind = GP_ERR_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    if (setjmp(c.fail)) {
        while (c.u) {
            Unit *p = c.u->parent;
            for (int i = 0; i < c.u->nloops; i++)
                gp_mem_free(st->heap, c.u->loops[i].breaks,
                            c.u->loops[i].capbreaks * sizeof(int));
            free_unit(&c, c.u);
            c.u = p;
        }
        gp_decref(st, c.filename_obj);
        gp_fold_release(&c.fold);
        return NULL;
    }
    enter_unit(&c, table->top, "<module>", "<module>", 1);
    if (mod->kind == GP_AST_EXPRESSION) {
        expr(&c, mod->v.expression.body);   /* eval(): the code returns its value */
    } else {
        const GpAstList *body = mod->kind == GP_AST_MODULE ? &mod->v.module.body
                                                           : &mod->v.interactive.body;
        c.u->interactive = mod->kind == GP_AST_INTERACTIVE;
        c.lazy_annotations = future_annotations(body);
        if (find_ann(body))
            emit(&c, GP_OP_SETUP_ANNOTATIONS, 0);
        size_t first = 0;
        if (mod->kind == GP_AST_MODULE && body->len && body->items[0]->kind == GP_AST_EXPR &&
            body->items[0]->v.expr.value->kind == GP_AST_CONSTANT &&
            body->items[0]->v.expr.value->v.constant.value.kind == GP_CONST_STR) {
            /* the module's docstring becomes __doc__ */
            const GpAst *doc = body->items[0]->v.expr.value;
            set_line(&c, doc);
            GpObject *d = check(&c, const_of(&c, &doc->v.constant.value));
            load_const(&c, d);
            gp_decref(st, d);
            emit(&c, GP_OP_STORE_NAME, name_index(&c, c.u->names, "__doc__"));
            first = 1;
        }
        for (size_t i = first; i < body->len; i++)
            stmt(&c, body->items[i]);
        load_const(&c, st->none);
    }
    emit(&c, GP_OP_RETURN_VALUE, 0);
    GpObject *code = finish_unit(&c);
    gp_decref(st, c.filename_obj);
    gp_fold_release(&c.fold);
    (void)in_static;
    return code;
}
