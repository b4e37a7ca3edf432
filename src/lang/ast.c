/*
 * ast.c - node construction and ast.dump() (ast.h).
 *
 * The dump is driven by a table that lists, for every kind, its ASDL fields
 * in order with their types; it applies the one rule of CPython 3.11's
 * ast.dump() (Lib/ast.py) about absent values: a field is left out when it
 * is None and optional (`?` in the ASDL); empty lists are printed as [].
 */
#include "lang/ast.h"

#include <stdio.h>
#include <string.h>

#include "lang/literal.h"
#include "mem/mem.h"
#include "obj/floatrepr.h"

GpAst *gp_ast_new(GpAstArena *ar, GpAstKind k, int lineno, int col, int end_lineno,
                  int end_col)
{
    GpAst *n = gp_astarena_alloc(ar, sizeof *n);
    if (!n)
        return NULL;
    n->kind = k;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

void gp_ast_free(GpAst *mod)
{
    if (!mod)
        return;
    GpAstArena *ar = mod->kind == GP_AST_MODULE        ? mod->v.module.arena
                     : mod->kind == GP_AST_INTERACTIVE ? mod->v.interactive.arena
                     : mod->kind == GP_AST_EXPRESSION  ? mod->v.expression.arena
                                                       : NULL;
    if (!ar)
        return;
    GpAstArena copy = *ar; /* the arena struct lives in its own first block */
    gp_astarena_free(&copy);
}

/* ==== the field table ===================================================== */

typedef enum FieldType {
    F_NODE,      /* required node; NULL printed as None */
    F_OPT_NODE,  /* optional node; left out when NULL */
    F_LIST,      /* GpAstList */
    F_ID,        /* required identifier */
    F_OPT_ID,    /* optional identifier or string */
    F_NAMES,     /* GpAstNames */
    F_INT,
    F_CONST,
    F_CTX,
    F_BOOLOP,
    F_OPERATOR,
    F_UNARYOP,
    F_CMPOPS
} FieldType;

typedef struct Field {
    const char *name;
    FieldType type;
    size_t offset;
} Field;

#define FLD(name, type, path) {name, type, offsetof(GpAst, v.path)}
#define MAXF 7

typedef struct KindInfo {
    const char *name;
    Field fields[MAXF];
} KindInfo;

static const KindInfo kinds[GP_AST_KIND_COUNT] = {
    [GP_AST_MODULE] = {"Module", {FLD("body", F_LIST, module.body),
                                  FLD("type_ignores", F_LIST, module.type_ignores)}},
    [GP_AST_INTERACTIVE] = {"Interactive", {FLD("body", F_LIST, interactive.body)}},
    [GP_AST_EXPRESSION] = {"Expression", {FLD("body", F_NODE, expression.body)}},
    [GP_AST_FUNCTIONDEF] = {"FunctionDef",
                            {FLD("name", F_ID, functiondef.name),
                             FLD("args", F_NODE, functiondef.args),
                             FLD("body", F_LIST, functiondef.body),
                             FLD("decorator_list", F_LIST, functiondef.decorator_list),
                             FLD("returns", F_OPT_NODE, functiondef.returns),
                             FLD("type_comment", F_OPT_ID, functiondef.type_comment)}},
    [GP_AST_CLASSDEF] = {"ClassDef",
                         {FLD("name", F_ID, classdef.name), FLD("bases", F_LIST, classdef.bases),
                          FLD("keywords", F_LIST, classdef.keywords),
                          FLD("body", F_LIST, classdef.body),
                          FLD("decorator_list", F_LIST, classdef.decorator_list)}},
    [GP_AST_RETURN] = {"Return", {FLD("value", F_OPT_NODE, return_.value)}},
    [GP_AST_DELETE] = {"Delete", {FLD("targets", F_LIST, delete_.targets)}},
    [GP_AST_ASSIGN] = {"Assign",
                       {FLD("targets", F_LIST, assign.targets), FLD("value", F_NODE, assign.value),
                        FLD("type_comment", F_OPT_ID, assign.type_comment)}},
    [GP_AST_AUGASSIGN] = {"AugAssign",
                          {FLD("target", F_NODE, augassign.target),
                           FLD("op", F_OPERATOR, augassign.op),
                           FLD("value", F_NODE, augassign.value)}},
    [GP_AST_ANNASSIGN] = {"AnnAssign",
                          {FLD("target", F_NODE, annassign.target),
                           FLD("annotation", F_NODE, annassign.annotation),
                           FLD("value", F_OPT_NODE, annassign.value),
                           FLD("simple", F_INT, annassign.simple)}},
    [GP_AST_FOR] = {"For",
                    {FLD("target", F_NODE, for_.target), FLD("iter", F_NODE, for_.iter),
                     FLD("body", F_LIST, for_.body), FLD("orelse", F_LIST, for_.orelse),
                     FLD("type_comment", F_OPT_ID, for_.type_comment)}},
    [GP_AST_WHILE] = {"While",
                      {FLD("test", F_NODE, while_.test), FLD("body", F_LIST, while_.body),
                       FLD("orelse", F_LIST, while_.orelse)}},
    [GP_AST_IF] = {"If",
                   {FLD("test", F_NODE, if_.test), FLD("body", F_LIST, if_.body),
                    FLD("orelse", F_LIST, if_.orelse)}},
    [GP_AST_WITH] = {"With",
                     {FLD("items", F_LIST, with.items), FLD("body", F_LIST, with.body),
                      FLD("type_comment", F_OPT_ID, with.type_comment)}},
    [GP_AST_RAISE] = {"Raise",
                      {FLD("exc", F_OPT_NODE, raise.exc), FLD("cause", F_OPT_NODE, raise.cause)}},
    [GP_AST_TRY] = {"Try",
                    {FLD("body", F_LIST, try_.body), FLD("handlers", F_LIST, try_.handlers),
                     FLD("orelse", F_LIST, try_.orelse),
                     FLD("finalbody", F_LIST, try_.finalbody)}},
    [GP_AST_ASSERT] = {"Assert",
                       {FLD("test", F_NODE, assert_.test), FLD("msg", F_OPT_NODE, assert_.msg)}},
    [GP_AST_IMPORT] = {"Import", {FLD("names", F_LIST, import.names)}},
    [GP_AST_IMPORTFROM] = {"ImportFrom",
                           {FLD("module", F_OPT_ID, importfrom.module),
                            FLD("names", F_LIST, importfrom.names),
                            FLD("level", F_INT, importfrom.level)}},
    [GP_AST_GLOBAL] = {"Global", {FLD("names", F_NAMES, global.names)}},
    [GP_AST_NONLOCAL] = {"Nonlocal", {FLD("names", F_NAMES, nonlocal.names)}},
    [GP_AST_EXPR] = {"Expr", {FLD("value", F_NODE, expr.value)}},
    [GP_AST_PASS] = {"Pass", {{NULL, F_NODE, 0}}},
    [GP_AST_BREAK] = {"Break", {{NULL, F_NODE, 0}}},
    [GP_AST_CONTINUE] = {"Continue", {{NULL, F_NODE, 0}}},
    [GP_AST_BOOLOP] = {"BoolOp",
                       {FLD("op", F_BOOLOP, boolop.op), FLD("values", F_LIST, boolop.values)}},
    [GP_AST_NAMEDEXPR] = {"NamedExpr",
                          {FLD("target", F_NODE, namedexpr.target),
                           FLD("value", F_NODE, namedexpr.value)}},
    [GP_AST_BINOP] = {"BinOp",
                      {FLD("left", F_NODE, binop.left), FLD("op", F_OPERATOR, binop.op),
                       FLD("right", F_NODE, binop.right)}},
    [GP_AST_UNARYOP] = {"UnaryOp",
                        {FLD("op", F_UNARYOP, unaryop.op),
                         FLD("operand", F_NODE, unaryop.operand)}},
    [GP_AST_LAMBDA] = {"Lambda",
                       {FLD("args", F_NODE, lambda.args), FLD("body", F_NODE, lambda.body)}},
    [GP_AST_IFEXP] = {"IfExp",
                      {FLD("test", F_NODE, ifexp.test), FLD("body", F_NODE, ifexp.body),
                       FLD("orelse", F_NODE, ifexp.orelse)}},
    [GP_AST_DICT] = {"Dict", {FLD("keys", F_LIST, dict.keys), FLD("values", F_LIST, dict.values)}},
    [GP_AST_SET] = {"Set", {FLD("elts", F_LIST, set.elts)}},
    [GP_AST_LISTCOMP] = {"ListComp",
                         {FLD("elt", F_NODE, listcomp.elt),
                          FLD("generators", F_LIST, listcomp.generators)}},
    [GP_AST_SETCOMP] = {"SetComp",
                        {FLD("elt", F_NODE, setcomp.elt),
                         FLD("generators", F_LIST, setcomp.generators)}},
    [GP_AST_DICTCOMP] = {"DictComp",
                         {FLD("key", F_NODE, dictcomp.key), FLD("value", F_NODE, dictcomp.value),
                          FLD("generators", F_LIST, dictcomp.generators)}},
    [GP_AST_GENERATOREXP] = {"GeneratorExp",
                             {FLD("elt", F_NODE, generatorexp.elt),
                              FLD("generators", F_LIST, generatorexp.generators)}},
    [GP_AST_YIELD] = {"Yield", {FLD("value", F_OPT_NODE, yield.value)}},
    [GP_AST_YIELDFROM] = {"YieldFrom", {FLD("value", F_NODE, yieldfrom.value)}},
    [GP_AST_COMPARE] = {"Compare",
                        {FLD("left", F_NODE, compare.left), FLD("ops", F_CMPOPS, compare.ops),
                         FLD("comparators", F_LIST, compare.comparators)}},
    [GP_AST_CALL] = {"Call",
                     {FLD("func", F_NODE, call.func), FLD("args", F_LIST, call.args),
                      FLD("keywords", F_LIST, call.keywords)}},
    [GP_AST_FORMATTEDVALUE] = {"FormattedValue",
                               {FLD("value", F_NODE, formattedvalue.value),
                                FLD("conversion", F_INT, formattedvalue.conversion),
                                FLD("format_spec", F_OPT_NODE, formattedvalue.format_spec)}},
    [GP_AST_JOINEDSTR] = {"JoinedStr", {FLD("values", F_LIST, joinedstr.values)}},
    [GP_AST_CONSTANT] = {"Constant",
                         {FLD("value", F_CONST, constant.value),
                          FLD("kind", F_OPT_ID, constant.kind)}},
    [GP_AST_ATTRIBUTE] = {"Attribute",
                          {FLD("value", F_NODE, attribute.value),
                           FLD("attr", F_ID, attribute.attr), FLD("ctx", F_CTX, attribute.ctx)}},
    [GP_AST_SUBSCRIPT] = {"Subscript",
                          {FLD("value", F_NODE, subscript.value),
                           FLD("slice", F_NODE, subscript.slice),
                           FLD("ctx", F_CTX, subscript.ctx)}},
    [GP_AST_STARRED] = {"Starred",
                        {FLD("value", F_NODE, starred.value), FLD("ctx", F_CTX, starred.ctx)}},
    [GP_AST_NAME] = {"Name", {FLD("id", F_ID, name.id), FLD("ctx", F_CTX, name.ctx)}},
    [GP_AST_LIST] = {"List", {FLD("elts", F_LIST, list.elts), FLD("ctx", F_CTX, list.ctx)}},
    [GP_AST_TUPLE] = {"Tuple", {FLD("elts", F_LIST, tuple.elts), FLD("ctx", F_CTX, tuple.ctx)}},
    [GP_AST_SLICE] = {"Slice",
                      {FLD("lower", F_OPT_NODE, slice.lower), FLD("upper", F_OPT_NODE, slice.upper),
                       FLD("step", F_OPT_NODE, slice.step)}},
    [GP_AST_COMPREHENSION] = {"comprehension",
                              {FLD("target", F_NODE, comprehension.target),
                               FLD("iter", F_NODE, comprehension.iter),
                               FLD("ifs", F_LIST, comprehension.ifs),
                               FLD("is_async", F_INT, comprehension.is_async)}},
    [GP_AST_EXCEPTHANDLER] = {"ExceptHandler",
                              {FLD("type", F_OPT_NODE, excepthandler.type),
                               FLD("name", F_OPT_ID, excepthandler.name),
                               FLD("body", F_LIST, excepthandler.body)}},
    [GP_AST_ARGUMENTS] = {"arguments",
                          {FLD("posonlyargs", F_LIST, arguments.posonlyargs),
                           FLD("args", F_LIST, arguments.args),
                           FLD("vararg", F_OPT_NODE, arguments.vararg),
                           FLD("kwonlyargs", F_LIST, arguments.kwonlyargs),
                           FLD("kw_defaults", F_LIST, arguments.kw_defaults),
                           FLD("kwarg", F_OPT_NODE, arguments.kwarg),
                           FLD("defaults", F_LIST, arguments.defaults)}},
    [GP_AST_ARG] = {"arg",
                    {FLD("arg", F_ID, arg.arg), FLD("annotation", F_OPT_NODE, arg.annotation),
                     FLD("type_comment", F_OPT_ID, arg.type_comment)}},
    [GP_AST_KEYWORD] = {"keyword",
                        {FLD("arg", F_OPT_ID, keyword.arg), FLD("value", F_NODE, keyword.value)}},
    [GP_AST_ALIAS] = {"alias",
                      {FLD("name", F_ID, alias.name), FLD("asname", F_OPT_ID, alias.asname)}},
    [GP_AST_WITHITEM] = {"withitem",
                         {FLD("context_expr", F_NODE, withitem.context_expr),
                          FLD("optional_vars", F_OPT_NODE, withitem.optional_vars)}},
};

const char *gp_ast_kind_name(GpAstKind k)
{
    return (unsigned)k < GP_AST_KIND_COUNT ? kinds[k].name : "?";
}

/* ==== dump ================================================================ */

typedef struct Dumper {
    int attrs;
    GpArea *scratch;
    GpAstWrite write;
    void *ctx;
    int failed;
} Dumper;

static void out(Dumper *d, const char *s)
{
    d->write(d->ctx, s, strlen(s));
}

static void out_repr_str(Dumper *d, const char *s, size_t len, int bytes)
{
    char small[256];
    size_t need = GP_LITERAL_REPR_MAX(len) + 1;
    char *buf = small;
    if (need > sizeof small) {
        buf = gp_mem_alloc(d->scratch, need);
        if (!buf) {
            d->failed = 1;
            out(d, "...");
            return;
        }
    }
    size_t n = bytes ? gp_literal_bytes_repr(s, len, buf) : gp_literal_str_repr(s, len, buf);
    d->write(d->ctx, buf, n);
    if (buf != small)
        gp_mem_free(d->scratch, buf, need);
}

static void dump_const(Dumper *d, const GpConst *c)
{
    char buf[64];
    switch (c->kind) {
    case GP_CONST_NONE: out(d, "None"); break;
    case GP_CONST_TRUE: out(d, "True"); break;
    case GP_CONST_FALSE: out(d, "False"); break;
    case GP_CONST_ELLIPSIS: out(d, "Ellipsis"); break;
    case GP_CONST_INT: d->write(d->ctx, c->str, c->len); break;
    case GP_CONST_FLOAT:
        gp_float_repr(c->num, buf);
        out(d, buf);
        break;
    case GP_CONST_COMPLEX:
        gp_literal_imag_repr(c->num, buf);
        out(d, buf);
        break;
    case GP_CONST_STR: out_repr_str(d, c->str, c->len, 0); break;
    case GP_CONST_BYTES: out_repr_str(d, c->str, c->len, 1); break;
    case GP_CONST_OBJECT:
        /* folding happens inside gp_compile, after every dump a user can ask
         * for; a folded tree has no CPython ast.dump() to match */
        out(d, "<folded constant>");
        break;
    }
}

static const char *const ctx_names[] = {"?", "Load()", "Store()", "Del()"};
static const char *const boolop_names[] = {"?", "And()", "Or()"};
static const char *const operator_names[] = {
    "?", "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
    "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"};
static const char *const unaryop_names[] = {"?", "Invert()", "Not()", "UAdd()", "USub()"};
static const char *const cmpop_names[] = {"?", "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()",
                                          "GtE()", "Is()", "IsNot()", "In()", "NotIn()"};

static void dump_node(Dumper *d, const GpAst *n);

/* Kinds with lineno/col_offset/end_lineno/end_col_offset in CPython. */
static int has_position(GpAstKind k)
{
    return !(k == GP_AST_MODULE || k == GP_AST_INTERACTIVE || k == GP_AST_EXPRESSION ||
             k == GP_AST_COMPREHENSION || k == GP_AST_ARGUMENTS || k == GP_AST_WITHITEM);
}

static void dump_list(Dumper *d, const GpAstList *l)
{
    out(d, "[");
    for (size_t i = 0; i < l->len; i++) {
        if (i)
            out(d, ", ");
        dump_node(d, l->items[i]);
    }
    out(d, "]");
}

static void dump_node(Dumper *d, const GpAst *n)
{
    if (!n) {
        out(d, "None");
        return;
    }
    const KindInfo *ki = &kinds[n->kind];
    out(d, ki->name);
    out(d, "(");
    int first = 1;
    for (int i = 0; i < MAXF && ki->fields[i].name; i++) {
        const Field *f = &ki->fields[i];
        const char *p = (const char *)n + f->offset;
        /* an absent optional value is left out */
        if (f->type == F_OPT_NODE && *(GpAst *const *)p == NULL)
            continue;
        if (f->type == F_OPT_ID && *(const char *const *)p == NULL)
            continue;
        if (!first)
            out(d, ", ");
        first = 0;
        out(d, f->name);
        out(d, "=");
        switch (f->type) {
        case F_NODE:
        case F_OPT_NODE:
            dump_node(d, *(GpAst *const *)p);
            break;
        case F_LIST:
            dump_list(d, (const GpAstList *)p);
            break;
        case F_ID:
        case F_OPT_ID: {
            const char *s = *(const char *const *)p;
            if (s)
                out_repr_str(d, s, strlen(s), 0);
            else
                out(d, "None");
            break;
        }
        case F_NAMES: {
            const GpAstNames *names = (const GpAstNames *)p;
            out(d, "[");
            for (size_t k = 0; k < names->len; k++) {
                if (k)
                    out(d, ", ");
                out_repr_str(d, names->items[k], strlen(names->items[k]), 0);
            }
            out(d, "]");
            break;
        }
        case F_INT: {
            char buf[24];
            snprintf(buf, sizeof buf, "%d", *(const int *)p);
            out(d, buf);
            break;
        }
        case F_CONST:
            dump_const(d, (const GpConst *)p);
            break;
        case F_CTX:
            out(d, ctx_names[*(const GpExprContext *)p]);
            break;
        case F_BOOLOP:
            out(d, boolop_names[*(const GpBoolOp *)p]);
            break;
        case F_OPERATOR:
            out(d, operator_names[*(const GpOperator *)p]);
            break;
        case F_UNARYOP:
            out(d, unaryop_names[*(const GpUnaryOp *)p]);
            break;
        case F_CMPOPS: {
            const GpAstCmpOps *ops = (const GpAstCmpOps *)p;
            out(d, "[");
            for (size_t k = 0; k < ops->len; k++) {
                if (k)
                    out(d, ", ");
                out(d, cmpop_names[ops->items[k]]);
            }
            out(d, "]");
            break;
        }
        }
    }
    if (d->attrs && has_position(n->kind)) {
        char buf[96];
        snprintf(buf, sizeof buf, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 first ? "" : ", ", n->lineno, n->col_offset, n->end_lineno, n->end_col_offset);
        out(d, buf);
    }
    out(d, ")");
}

int gp_ast_dump(const GpAst *node, GpArea *scratch, GpAstWrite write, void *ctx)
{
    Dumper d = {0, scratch, write, ctx, 0};
    dump_node(&d, node);
    return d.failed ? -1 : 0;
}

int gp_ast_dump_attributes(const GpAst *node, GpArea *scratch, GpAstWrite write, void *ctx)
{
    Dumper d = {1, scratch, write, ctx, 0};
    dump_node(&d, node);
    return d.failed ? -1 : 0;
}
