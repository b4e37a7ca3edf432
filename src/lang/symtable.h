/*
 * symtable.h - which names are local, global, free or cell in each scope,
 * decided exactly as CPython 3.11's symtable.c decides them.
 *
 * Two passes over the AST.  The first builds a tree of scopes (module,
 * class, function; lambdas and comprehensions are functions) and records
 * for every name in every scope how it is used: assigned, a parameter,
 * imported, read, declared global or nonlocal, annotated, a comprehension
 * iteration variable.  The second resolves each name to a scope:
 *
 *   LOCAL            bound here (a function's fast local)
 *   CELL             bound here and used by a nested function
 *   FREE             bound in an enclosing function
 *   GLOBAL_EXPLICIT  declared `global`
 *   GLOBAL_IMPLICIT  not bound in any enclosing function
 *
 * The compiler asks for the scope of each function, lambda, class and
 * comprehension node (gp_symtable_lookup) and for the scope of a name in
 * it (gp_symscope_name_scope).  Everything lives in the AST's arena.
 */
#ifndef GP_LANG_SYMTABLE_H
#define GP_LANG_SYMTABLE_H

#include "lang/ast.h"
#include "lang/tokenizer.h"

/* How a name is used in a scope (CPython's DEF_* bits). */
#define GP_DEF_GLOBAL     (1 << 0)
#define GP_DEF_LOCAL      (1 << 1)
#define GP_DEF_PARAM      (1 << 2)
#define GP_DEF_NONLOCAL   (1 << 3)
#define GP_DEF_USE        (1 << 4)
#define GP_DEF_FREE       (1 << 5)
#define GP_DEF_FREE_CLASS (1 << 6)
#define GP_DEF_IMPORT     (1 << 7)
#define GP_DEF_ANNOT      (1 << 8)
#define GP_DEF_COMP_ITER  (1 << 9)
#define GP_DEF_BOUND      (GP_DEF_LOCAL | GP_DEF_PARAM | GP_DEF_IMPORT)

/* The resolved scope, stored above the DEF bits. */
#define GP_SCOPE_OFFSET 11
#define GP_SCOPE_MASK   7
typedef enum GpNameScope {
    GP_SCOPE_NONE, GP_SCOPE_LOCAL, GP_SCOPE_GLOBAL_EXPLICIT, GP_SCOPE_GLOBAL_IMPLICIT,
    GP_SCOPE_FREE, GP_SCOPE_CELL
} GpNameScope;

typedef enum GpBlockType { GP_BLOCK_FUNCTION, GP_BLOCK_CLASS, GP_BLOCK_MODULE } GpBlockType;

typedef struct GpSymbol {
    const char *name;      /* mangled (`__x` in class C is `_C__x`) */
    int flags;             /* DEF bits | scope << GP_SCOPE_OFFSET */
    /* its first global/nonlocal declaration (the statement's range) */
    int dir_lineno, dir_col, dir_end_lineno, dir_end_col;
} GpSymbol;

typedef struct GpSymScope GpSymScope;
struct GpSymScope {
    GpBlockType type;
    const char *name;      /* "top", the function or class name, "lambda",
                              "listcomp", "setcomp", "dictcomp", "genexpr" */
    const GpAst *node;     /* the node that made it (NULL for the module) */
    int lineno, col_offset;
    GpSymScope *parent;
    GpSymbol *syms;        /* in order of first appearance */
    size_t nsyms, capsyms;
    int *index;            /* open-addressing index into syms */
    size_t indexcap;
    const char **varnames; /* parameters, in order */
    size_t nvarnames, capvarnames;
    GpSymScope **children; /* in source order */
    size_t nchildren, capchildren;
    unsigned nested : 1, has_free : 1, child_free : 1, generator : 1, comprehension : 1,
        varargs : 1, varkeywords : 1, returns_value : 1, needs_class_closure : 1;
    int comp_iter_target, comp_iter_expr;
};

typedef struct GpSymtable {
    GpAstArena *arena;
    GpSymScope *top;
    /* node -> scope map, open addressing */
    const GpAst **keys;
    GpSymScope **values;
    size_t mapcap, mapused;
} GpSymtable;

/* Build the table for a module (or Expression/Interactive) tree.  NULL and
 * err filled (a SyntaxError, or out of memory) on failure. */
GpSymtable *gp_symtable_build(const GpAst *mod, const char *filename, GpSyntaxError *err);
GpSymScope *gp_symtable_lookup(const GpSymtable *t, const GpAst *node);
/* The flags of a name in a scope (0 if absent); the name is mangled here. */
int gp_symscope_flags(const GpSymScope *s, const char *name);
static inline GpNameScope gp_symscope_scope_of(int flags)
{
    return (GpNameScope)((flags >> GP_SCOPE_OFFSET) & GP_SCOPE_MASK);
}
/* CPython's _Py_Mangle: __x inside class C is _C__x. */
const char *gp_symtable_mangle(GpAstArena *ar, const char *private_name, const char *name);

#endif
