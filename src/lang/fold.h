/*
 * fold.h - constant folding on the AST, and the compilation's constant
 * pool (CPython 3.11's Python/ast_opt.c and the constant cache of
 * Python/compile.c).  See docs/VM.md, "Constant folding".
 *
 * gp_compile() runs gp_fold_tree() between parsing and the symbol table:
 * operators, subscripts and tuples of constants become Constant nodes of
 * kind GP_CONST_OBJECT whose values the pass computed in the heap.  The
 * compiler then hands every constant to gp_fold_merge(), which returns the
 * one static-area object that stands for that value in the whole
 * compilation, copying a heap value into the static area the first time.
 */
#ifndef GP_LANG_FOLD_H
#define GP_LANG_FOLD_H

#include <stdint.h>

#include "lang/ast.h"
#include "obj/object.h"

/* CPython's limits (ast_opt.c): results bigger than these are not folded. */
#define GP_FOLD_MAX_INT_BITS    128     /* int results of *, ** and << */
#define GP_FOLD_MAX_COLLECTION  256     /* items of a repeated tuple */
#define GP_FOLD_MAX_STR         4096    /* characters (bytes) of a repeated str */
#define GP_FOLD_MAX_TOTAL_ITEMS 1024    /* items of a repeated tuple, nested ones too */

typedef struct GpFoldEntry {
    GpObject *obj;      /* a static-area constant; NULL: free slot */
    uint64_t hash;
} GpFoldEntry;

typedef struct GpFold {
    GpState *st;
    GpObject *made;         /* list: the heap values the folded tree refers to */
    GpFoldEntry *table;     /* the pool: open addressing, cap a power of two */
    size_t cap, used;
} GpFold;

void gp_fold_init(GpFold *f, GpState *st);
/* Fold a module (or interactive) tree in place.  0, or -1 when memory ran
 * out (an exception pending); the tree is then partly folded but valid. */
int gp_fold_tree(GpFold *f, GpAst *mod);
/* The truth value of e if it is a Constant (1 or 0), else -1. */
int gp_fold_truth(GpState *st, const GpAst *e);
/* A tuple of the values of elts if all are Constants (frozenset: a
 * frozenset of them), else NULL with no exception; NULL with one pending
 * when memory ran out.  Borrowed: the pass keeps it until released. */
GpObject *gp_fold_const_tuple(GpFold *f, const GpAstList *elts, int frozenset);
/* The canonical static-area constant equal to v: same type, same value,
 * floats bit for bit (0.0 and -0.0 differ), tuples and frozensets item by
 * item.  The first time a value is seen it is registered (copied into the
 * static area if it lives elsewhere).  Code objects are returned as they
 * are.  Borrowed; NULL with MemoryError pending. */
GpObject *gp_fold_merge(GpFold *f, GpObject *v);
/* Release the heap values and the pool (the static constants stay). */
void gp_fold_release(GpFold *f);

#endif
