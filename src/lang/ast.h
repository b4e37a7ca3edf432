/*
 * ast.h - the abstract syntax tree, as CPython 3.11's Parser/Python.asdl.
 *
 * One node type, GpAst, for every ASDL constructor: a kind, the four
 * position attributes, and a union with one struct per kind whose fields
 * carry the ASDL names (a trailing _ where the name is a C keyword).  The
 * sum types mod, stmt, expr, excepthandler and the product types
 * comprehension, arguments, arg, keyword, alias and withitem are all
 * GpAst; operators and expression contexts are small enums stored in the
 * fields, not nodes.  `match` and async constructs are not part of the
 * language yet, so their kinds are absent.
 *
 * Positions: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based
 * UTF-8 byte offsets, exactly as CPython; comprehension, arguments and
 * withitem carry none (zeros), as in CPython.
 *
 * Optional fields (ASDL `?`) are NULL when absent.  Sequences are
 * GpAstList; an element may be NULL where CPython has None
 * (arguments.kw_defaults, Dict.keys for `**d`).  Identifiers are
 * NUL-terminated UTF-8 (NFKC-normalized, as CPython does).  Everything
 * lives in the tree's arena and is freed with gp_ast_free().
 */
#ifndef GP_LANG_AST_H
#define GP_LANG_AST_H

#include <stddef.h>

#include "lang/astarena.h"

typedef enum GpAstKind {
    /* mod */
    GP_AST_MODULE, GP_AST_INTERACTIVE, GP_AST_EXPRESSION,
    /* stmt */
    GP_AST_FUNCTIONDEF, GP_AST_CLASSDEF, GP_AST_RETURN, GP_AST_DELETE, GP_AST_ASSIGN,
    GP_AST_AUGASSIGN, GP_AST_ANNASSIGN, GP_AST_FOR, GP_AST_WHILE, GP_AST_IF, GP_AST_WITH,
    GP_AST_RAISE, GP_AST_TRY, GP_AST_ASSERT, GP_AST_IMPORT, GP_AST_IMPORTFROM, GP_AST_GLOBAL,
    GP_AST_NONLOCAL, GP_AST_EXPR, GP_AST_PASS, GP_AST_BREAK, GP_AST_CONTINUE,
    /* expr */
    GP_AST_BOOLOP, GP_AST_NAMEDEXPR, GP_AST_BINOP, GP_AST_UNARYOP, GP_AST_LAMBDA, GP_AST_IFEXP,
    GP_AST_DICT, GP_AST_SET, GP_AST_LISTCOMP, GP_AST_SETCOMP, GP_AST_DICTCOMP,
    GP_AST_GENERATOREXP, GP_AST_YIELD, GP_AST_YIELDFROM, GP_AST_COMPARE, GP_AST_CALL,
    GP_AST_FORMATTEDVALUE, GP_AST_JOINEDSTR, GP_AST_CONSTANT, GP_AST_ATTRIBUTE,
    GP_AST_SUBSCRIPT, GP_AST_STARRED, GP_AST_NAME, GP_AST_LIST, GP_AST_TUPLE, GP_AST_SLICE,
    /* the rest */
    GP_AST_COMPREHENSION, GP_AST_EXCEPTHANDLER, GP_AST_ARGUMENTS, GP_AST_ARG, GP_AST_KEYWORD,
    GP_AST_ALIAS, GP_AST_WITHITEM,
    GP_AST_KIND_COUNT
} GpAstKind;

typedef enum GpExprContext { GP_CTX_LOAD = 1, GP_CTX_STORE, GP_CTX_DEL } GpExprContext;
typedef enum GpBoolOp { GP_BOOL_AND = 1, GP_BOOL_OR } GpBoolOp;
typedef enum GpOperator {
    GP_OP_ADD = 1, GP_OP_SUB, GP_OP_MULT, GP_OP_MATMULT, GP_OP_DIV, GP_OP_MOD, GP_OP_POW,
    GP_OP_LSHIFT, GP_OP_RSHIFT, GP_OP_BITOR, GP_OP_BITXOR, GP_OP_BITAND, GP_OP_FLOORDIV
} GpOperator;
typedef enum GpUnaryOp { GP_UOP_INVERT = 1, GP_UOP_NOT, GP_UOP_UADD, GP_UOP_USUB } GpUnaryOp;
typedef enum GpCmpOp {
    GP_CMP_EQ = 1, GP_CMP_NOTEQ, GP_CMP_LT, GP_CMP_LTE, GP_CMP_GT, GP_CMP_GTE, GP_CMP_IS,
    GP_CMP_ISNOT, GP_CMP_IN, GP_CMP_NOTIN
} GpCmpOp;

/* The value of a Constant node. */
typedef enum GpConstKind {
    GP_CONST_NONE, GP_CONST_TRUE, GP_CONST_FALSE, GP_CONST_ELLIPSIS, GP_CONST_INT,
    GP_CONST_FLOAT, GP_CONST_COMPLEX, GP_CONST_STR, GP_CONST_BYTES,
    GP_CONST_OBJECT     /* a value computed by constant folding (fold.h) */
} GpConstKind;

typedef struct GpConst {
    GpConstKind kind;
    const char *str;   /* INT: decimal digits ("0", "255", no sign, no leading
                        * zeros); STR: UTF-8; BYTES: the bytes; NUL-terminated */
    size_t len;        /* bytes in str */
    double num;        /* FLOAT; COMPLEX: the imaginary part (real is 0) */
    struct GpObject *obj;  /* OBJECT: the value, owned by the fold pass that
                            * made it (gp_fold_release); never a parser output */
} GpConst;

typedef struct GpAst GpAst;

typedef struct GpAstList {
    GpAst **items;
    size_t len;
} GpAstList;

typedef struct GpAstNames {   /* identifier* */
    const char **items;
    size_t len;
} GpAstNames;

typedef struct GpAstCmpOps {  /* cmpop* */
    GpCmpOp *items;
    size_t len;
} GpAstCmpOps;

struct GpAst {
    GpAstKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* mod (arena: where the whole tree lives; not an ASDL field) */
        struct { GpAstList body, type_ignores; GpAstArena *arena; } module;
        struct { GpAstList body; GpAstArena *arena; } interactive;
        struct { GpAst *body; GpAstArena *arena; } expression;
        /* stmt */
        struct {
            const char *name; GpAst *args; GpAstList body, decorator_list;
            GpAst *returns; const char *type_comment;
        } functiondef;
        struct {
            const char *name; GpAstList bases, keywords, body, decorator_list;
        } classdef;
        struct { GpAst *value; } return_;
        struct { GpAstList targets; } delete_;
        struct { GpAstList targets; GpAst *value; const char *type_comment; } assign;
        struct { GpAst *target; GpOperator op; GpAst *value; } augassign;
        struct { GpAst *target, *annotation, *value; int simple; } annassign;
        struct {
            GpAst *target, *iter; GpAstList body, orelse; const char *type_comment;
        } for_;
        struct { GpAst *test; GpAstList body, orelse; } while_;
        struct { GpAst *test; GpAstList body, orelse; } if_;
        struct { GpAstList items, body; const char *type_comment; } with;
        struct { GpAst *exc, *cause; } raise;
        struct { GpAstList body, handlers, orelse, finalbody; } try_;
        struct { GpAst *test, *msg; } assert_;
        struct { GpAstList names; } import;
        struct { const char *module; GpAstList names; int level; } importfrom;
        struct { GpAstNames names; } global;
        struct { GpAstNames names; } nonlocal;
        struct { GpAst *value; } expr;
        /* expr */
        struct { GpBoolOp op; GpAstList values; } boolop;
        struct { GpAst *target, *value; } namedexpr;
        struct { GpAst *left; GpOperator op; GpAst *right; } binop;
        struct { GpUnaryOp op; GpAst *operand; } unaryop;
        struct { GpAst *args, *body; } lambda;
        struct { GpAst *test, *body, *orelse; } ifexp;
        struct { GpAstList keys, values; } dict;
        struct { GpAstList elts; } set;
        struct { GpAst *elt; GpAstList generators; } listcomp;
        struct { GpAst *elt; GpAstList generators; } setcomp;
        struct { GpAst *key, *value; GpAstList generators; } dictcomp;
        struct { GpAst *elt; GpAstList generators; } generatorexp;
        struct { GpAst *value; } yield;
        struct { GpAst *value; } yieldfrom;
        struct { GpAst *left; GpAstCmpOps ops; GpAstList comparators; } compare;
        struct { GpAst *func; GpAstList args, keywords; } call;
        struct { GpAst *value; int conversion; GpAst *format_spec; } formattedvalue;
        struct { GpAstList values; } joinedstr;
        struct { GpConst value; const char *kind; } constant;
        struct { GpAst *value; const char *attr; GpExprContext ctx; } attribute;
        struct { GpAst *value, *slice; GpExprContext ctx; } subscript;
        struct { GpAst *value; GpExprContext ctx; } starred;
        struct { const char *id; GpExprContext ctx; } name;
        struct { GpAstList elts; GpExprContext ctx; } list;
        struct { GpAstList elts; GpExprContext ctx; } tuple;
        struct { GpAst *lower, *upper, *step; } slice;
        /* the rest */
        struct { GpAst *target, *iter; GpAstList ifs; int is_async; } comprehension;
        struct { GpAst *type; const char *name; GpAstList body; } excepthandler;
        struct {
            GpAstList posonlyargs, args; GpAst *vararg; GpAstList kwonlyargs, kw_defaults;
            GpAst *kwarg; GpAstList defaults;
        } arguments;
        struct { const char *arg; GpAst *annotation; const char *type_comment; } arg;
        struct { const char *arg; GpAst *value; } keyword;
        struct { const char *name, *asname; } alias;
        struct { GpAst *context_expr, *optional_vars; } withitem;
    } v;
};

/* A new node of kind k, zero-filled, with its position; NULL when the
 * arena is full. */
GpAst *gp_ast_new(GpAstArena *ar, GpAstKind k, int lineno, int col, int end_lineno,
                  int end_col);

/* The class name CPython gives kind k ("FunctionDef"). */
const char *gp_ast_kind_name(GpAstKind k);

/* Give back the whole tree a parse returned (mod node). */
void gp_ast_free(GpAst *mod);

/* ast.dump(node) exactly as CPython 3.11 prints it with default arguments.
 * The text goes out through write(ctx, bytes, n) in pieces; scratch is an
 * area for temporary buffers (repr of long strings).  Returns 0, or -1
 * when scratch was exhausted (the output is then incomplete). */
typedef void (*GpAstWrite)(void *ctx, const char *s, size_t n);
int gp_ast_dump(const GpAst *node, GpArea *scratch, GpAstWrite write, void *ctx);
/* The same with include_attributes=True: the positions too. */
int gp_ast_dump_attributes(const GpAst *node, GpArea *scratch, GpAstWrite write, void *ctx);

#endif
