/*
 * symtable.c - scopes of names (see symtable.h), after CPython 3.11's
 * Python/symtable.c: the same visiting order (which fixes the order of
 * symbols), the same flags, the same resolution rules, the same errors.
 */
#include "lang/symtable.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- building state ------------------------------------------------------ */

typedef struct Builder {
    GpSymtable *t;
    GpAstArena *ar;
    GpSymScope *cur;
    const char *private_name;   /* the enclosing class, for mangling */
    const char *filename;
    int future_annotations;     /* `from __future__ import annotations` */
    GpSyntaxError *err;
    jmp_buf fail;               /* error exits unwind the visit at once */
} Builder;

/* a SyntaxError over a range of the source; unwinds the visit */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 7), noreturn))
#endif
static void error_range(Builder *b, int lineno, int col, int end_lineno, int end_col,
                        const char *fmt, ...)
{
    GpSyntaxError *e = b->err;
    memset(e, 0, sizeof *e);
    e->kind = GP_ERR_SYNTAX;
    e->filename = b->filename;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->has_location = 1;
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    e->offset = col + 1;
    e->end_offset = end_col + 1;
    longjmp(b->fail, 1);
}

/* at one point (a name known by its start); over a node's whole range, as
 * CPython underlines it */
#define error_at(b, lineno, col, ...) error_range(b, lineno, col, lineno, col, __VA_ARGS__)
#define error_node(b, n, ...) \
    error_range(b, (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, \
                __VA_ARGS__)

#if defined(__GNUC__)
__attribute__((noreturn))
#endif
static void out_of_memory(Builder *b)
{
    memset(b->err, 0, sizeof *b->err);
    b->err->kind = GP_ERR_MEMORY;
    snprintf(b->err->msg, sizeof b->err->msg, "out of memory");
    longjmp(b->fail, 1);
}

static void *alloc(Builder *b, size_t n)
{
    void *p = gp_astarena_alloc(b->ar, n);
    if (!p)
        out_of_memory(b);
    return p;
}

/* Grow an arena array (elements of `size` bytes) to hold one more. */
static void *grow(Builder *b, void *items, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return items;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *p = alloc(b, ncap * size);
    if (n)
        memcpy(p, items, n * size);
    *cap = ncap;
    return p;
}

static size_t hash_name(const char *s)
{
    size_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* ---- mangling -------------------------------------------------------------- */

const char *gp_symtable_mangle(GpAstArena *ar, const char *priv, const char *name)
{
    size_t n = strlen(name);
    /* only __names inside a class, and not __dunder__ or dotted names */
    if (!priv || n < 2 || name[0] != '_' || name[1] != '_' ||
        (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*priv == '_')
        priv++;
    if (!*priv)
        return name;
    size_t pn = strlen(priv);
    char *m = gp_astarena_alloc(ar, 1 + pn + n + 1);
    if (!m)
        return NULL;
    m[0] = '_';
    memcpy(m + 1, priv, pn);
    memcpy(m + 1 + pn, name, n + 1);
    return m;
}

/* ---- symbols of one scope ------------------------------------------------- */

static long find_sym(const GpSymScope *s, const char *name)
{
    if (!s->indexcap)
        return -1;
    size_t mask = s->indexcap - 1;
    for (size_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
        int k = s->index[i];
        if (k < 0)
            return -1;
        if (strcmp(s->syms[k].name, name) == 0)
            return k;
    }
}

static void reindex(Builder *b, GpSymScope *s, size_t cap)
{
    s->index = alloc(b, cap * sizeof *s->index);
    s->indexcap = cap;
    for (size_t i = 0; i < cap; i++)
        s->index[i] = -1;
    for (size_t k = 0; k < s->nsyms; k++) {
        size_t i = hash_name(s->syms[k].name) & (cap - 1);
        while (s->index[i] >= 0)
            i = (i + 1) & (cap - 1);
        s->index[i] = (int)k;
    }
}

/* Set a name's flags, adding it at the end if new. */
static void set_sym(Builder *b, GpSymScope *s, const char *name, int flags)
{
    long k = find_sym(s, name);
    if (k >= 0) {
        s->syms[k].flags = flags;
        return;
    }
    s->syms = grow(b, s->syms, s->nsyms, &s->capsyms, sizeof *s->syms);
    memset(&s->syms[s->nsyms], 0, sizeof s->syms[s->nsyms]);
    s->syms[s->nsyms].name = name;
    s->syms[s->nsyms].flags = flags;
    s->nsyms++;
    if (s->nsyms * 2 > s->indexcap)
        reindex(b, s, s->indexcap ? s->indexcap * 2 : 16);
    else {
        size_t i = hash_name(name) & (s->indexcap - 1);
        while (s->index[i] >= 0)
            i = (i + 1) & (s->indexcap - 1);
        s->index[i] = (int)(s->nsyms - 1);
    }
}

static int get_sym(const GpSymScope *s, const char *name)
{
    long k = find_sym(s, name);
    return k >= 0 ? s->syms[k].flags : 0;
}

int gp_symscope_flags(const GpSymScope *s, const char *name)
{
    return get_sym(s, name);
}

/* Remember where a global or nonlocal declaration of a name is: errors
 * found when resolving scopes point there (CPython's record_directive). */
static void record_directive(Builder *b, GpSymScope *s, const char *name, const GpAst *node)
{
    long k = find_sym(s, gp_symtable_mangle(b->ar, b->private_name, name));
    if (k >= 0 && !s->syms[k].dir_lineno) {
        s->syms[k].dir_lineno = node->lineno;
        s->syms[k].dir_col = node->col_offset;
        s->syms[k].dir_end_lineno = node->end_lineno;
        s->syms[k].dir_end_col = node->end_col_offset;
    }
}

static const char *mangle(Builder *b, const char *name)
{
    const char *m = gp_symtable_mangle(b->ar, b->private_name, name);
    if (!m)
        out_of_memory(b);
    return m;
}

/* symtable_add_def_helper */
static void add_def_in(Builder *b, GpSymScope *s, const char *name, int flag, int lineno,
                       int col)
{
    const char *m = mangle(b, name);
    int val = get_sym(s, m);
    if ((flag & GP_DEF_PARAM) && (val & GP_DEF_PARAM))
        error_at(b, lineno, col, "duplicate argument '%s' in function definition", name);
    val |= flag;
    if (s->comp_iter_target) {
        /* an iteration variable: it may not rebind a walrus target */
        if (val & (GP_DEF_GLOBAL | GP_DEF_NONLOCAL))
            error_at(b, lineno, col,
                     "comprehension inner loop cannot rebind assignment expression target '%s'",
                     name);
        val |= GP_DEF_COMP_ITER;
    }
    set_sym(b, s, m, val);
    if (flag & GP_DEF_PARAM) {
        s->varnames = grow(b, s->varnames, s->nvarnames, &s->capvarnames, sizeof *s->varnames);
        s->varnames[s->nvarnames++] = m;
    } else if (flag & GP_DEF_GLOBAL) {
        /* the module's table learns of every global declaration */
        set_sym(b, b->t->top, m, flag | get_sym(b->t->top, m));
    }
}

static void add_def(Builder *b, const char *name, int flag, const GpAst *at)
{
    add_def_in(b, b->cur, name, flag, at->lineno, at->col_offset);
}

/* ---- scopes ----------------------------------------------------------------- */

static void map_put(Builder *b, const GpAst *node, GpSymScope *s)
{
    GpSymtable *t = b->t;
    if ((t->mapused + 1) * 2 > t->mapcap) {
        size_t ncap = t->mapcap ? t->mapcap * 2 : 16;
        const GpAst **keys = alloc(b, ncap * sizeof *keys);
        GpSymScope **vals = alloc(b, ncap * sizeof *vals);
        for (size_t i = 0; i < t->mapcap; i++) {
            if (!t->keys[i])
                continue;
            size_t j = ((uintptr_t)t->keys[i] >> 4) & (ncap - 1);
            while (keys[j])
                j = (j + 1) & (ncap - 1);
            keys[j] = t->keys[i];
            vals[j] = t->values[i];
        }
        t->keys = keys;
        t->values = vals;
        t->mapcap = ncap;
    }
    size_t j = ((uintptr_t)node >> 4) & (t->mapcap - 1);
    while (t->keys[j])
        j = (j + 1) & (t->mapcap - 1);
    t->keys[j] = node;
    t->values[j] = s;
    t->mapused++;
}

GpSymScope *gp_symtable_lookup(const GpSymtable *t, const GpAst *node)
{
    if (!t->mapcap)
        return NULL;
    for (size_t j = ((uintptr_t)node >> 4) & (t->mapcap - 1);; j = (j + 1) & (t->mapcap - 1)) {
        if (!t->keys[j])
            return NULL;
        if (t->keys[j] == node)
            return t->values[j];
    }
}

static void enter(Builder *b, const char *name, GpBlockType type, const GpAst *node)
{
    GpSymScope *s = alloc(b, sizeof *s);
    s->type = type;
    s->name = name;
    s->node = node;
    s->lineno = node ? node->lineno : 0;
    s->col_offset = node ? node->col_offset : 0;
    s->parent = b->cur;
    if (b->cur) {
        GpSymScope *p = b->cur;
        s->nested = p->nested || p->type == GP_BLOCK_FUNCTION;
        p->children = grow(b, p->children, p->nchildren, &p->capchildren, sizeof *p->children);
        p->children[p->nchildren++] = s;
    }
    if (node)
        map_put(b, node, s);
    b->cur = s;
}

static void leave(Builder *b)
{
    b->cur = b->cur->parent;
}

/* ---- visiting -------------------------------------------------------------- */

static void visit_expr(Builder *b, const GpAst *e);
static void visit_stmt(Builder *b, const GpAst *s);

static void visit_exprs(Builder *b, const GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i])
            visit_expr(b, l->items[i]);
}

static void visit_stmts(Builder *b, const GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        visit_stmt(b, l->items[i]);
}

static void visit_params(Builder *b, const GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        add_def(b, l->items[i]->v.arg.arg, GP_DEF_PARAM, l->items[i]);
}

static void visit_arguments(Builder *b, const GpAst *a)
{
    visit_params(b, &a->v.arguments.posonlyargs);
    visit_params(b, &a->v.arguments.args);
    visit_params(b, &a->v.arguments.kwonlyargs);
    if (a->v.arguments.vararg) {
        add_def(b, a->v.arguments.vararg->v.arg.arg, GP_DEF_PARAM, a->v.arguments.vararg);
        b->cur->varargs = 1;
    }
    if (a->v.arguments.kwarg) {
        add_def(b, a->v.arguments.kwarg->v.arg.arg, GP_DEF_PARAM, a->v.arguments.kwarg);
        b->cur->varkeywords = 1;
    }
}

static void visit_arg_annotations(Builder *b, const GpAstList *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i]->v.arg.annotation)
            visit_expr(b, l->items[i]->v.arg.annotation);
}

/* Annotations are evaluated where they stand, unless the module asked
 * for `from __future__ import annotations`: then they stay text and bind
 * or use nothing (CPython keeps them in hidden blocks of their own, which
 * its symtable module does not show). */
static void visit_annotation(Builder *b, const GpAst *e)
{
    if (!b->future_annotations)
        visit_expr(b, e);
}

static void visit_annotations(Builder *b, const GpAst *a, const GpAst *returns)
{
    if (b->future_annotations)
        return;
    visit_arg_annotations(b, &a->v.arguments.posonlyargs);
    visit_arg_annotations(b, &a->v.arguments.args);
    if (a->v.arguments.vararg && a->v.arguments.vararg->v.arg.annotation)
        visit_expr(b, a->v.arguments.vararg->v.arg.annotation);
    if (a->v.arguments.kwarg && a->v.arguments.kwarg->v.arg.annotation)
        visit_expr(b, a->v.arguments.kwarg->v.arg.annotation);
    visit_arg_annotations(b, &a->v.arguments.kwonlyargs);
    if (returns)
        visit_expr(b, returns);
}

static void visit_alias(Builder *b, const GpAst *al)
{
    const char *name = al->v.alias.asname ? al->v.alias.asname : al->v.alias.name;
    const char *dot = strchr(name, '.');
    if (dot && !al->v.alias.asname) {
        size_t n = (size_t)(dot - name);
        char *first = alloc(b, n + 1);
        memcpy(first, name, n);
        name = first;
    }
    if (strcmp(name, "*") == 0) {
        if (b->cur->type != GP_BLOCK_MODULE)
            error_node(b, al, "import * only allowed at module level");
        return;
    }
    add_def(b, name, GP_DEF_IMPORT, al);
}

static void directive_error(Builder *b, const GpAst *s, const char *name, int cur, int global)
{
    const char *kw = global ? "global" : "nonlocal";
    if (cur & GP_DEF_PARAM)
        error_node(b, s, "name '%s' is parameter and %s", name, kw);
    if (cur & GP_DEF_USE)
        error_node(b, s, "name '%s' is used prior to %s declaration",
                 name, kw);
    if (cur & GP_DEF_ANNOT)
        error_node(b, s, "annotated name '%s' can't be %s", name, kw);
    error_node(b, s, "name '%s' is assigned to before %s declaration",
             name, kw);
}

static void visit_stmt(Builder *b, const GpAst *s)
{
    switch (s->kind) {
    case GP_AST_FUNCTIONDEF: {
        const GpAst *a = s->v.functiondef.args;
        add_def(b, s->v.functiondef.name, GP_DEF_LOCAL, s);
        visit_exprs(b, &a->v.arguments.defaults);
        visit_exprs(b, &a->v.arguments.kw_defaults);
        visit_annotations(b, a, s->v.functiondef.returns);
        visit_exprs(b, &s->v.functiondef.decorator_list);
        enter(b, s->v.functiondef.name, GP_BLOCK_FUNCTION, s);
        visit_arguments(b, a);
        visit_stmts(b, &s->v.functiondef.body);
        leave(b);
        break;
    }
    case GP_AST_CLASSDEF: {
        add_def(b, s->v.classdef.name, GP_DEF_LOCAL, s);
        visit_exprs(b, &s->v.classdef.bases);
        for (size_t i = 0; i < s->v.classdef.keywords.len; i++)
            visit_expr(b, s->v.classdef.keywords.items[i]->v.keyword.value);
        visit_exprs(b, &s->v.classdef.decorator_list);
        enter(b, s->v.classdef.name, GP_BLOCK_CLASS, s);
        const char *saved = b->private_name;
        b->private_name = s->v.classdef.name;
        visit_stmts(b, &s->v.classdef.body);
        b->private_name = saved;
        leave(b);
        break;
    }
    case GP_AST_RETURN:
        if (s->v.return_.value) {
            visit_expr(b, s->v.return_.value);
            b->cur->returns_value = 1;
        }
        break;
    case GP_AST_DELETE:
        visit_exprs(b, &s->v.delete_.targets);
        break;
    case GP_AST_ASSIGN:
        visit_exprs(b, &s->v.assign.targets);
        visit_expr(b, s->v.assign.value);
        break;
    case GP_AST_ANNASSIGN: {
        const GpAst *t = s->v.annassign.target;
        if (t->kind == GP_AST_NAME) {
            int cur = get_sym(b->cur, mangle(b, t->v.name.id));
            if ((cur & (GP_DEF_GLOBAL | GP_DEF_NONLOCAL)) && b->cur != b->t->top &&
                s->v.annassign.simple)
                error_node(b, s, "annotated name '%s' can't be %s",
                         t->v.name.id, cur & GP_DEF_GLOBAL ? "global" : "nonlocal");
            if (s->v.annassign.simple)
                add_def(b, t->v.name.id, GP_DEF_ANNOT | GP_DEF_LOCAL, t);
            else if (s->v.annassign.value)
                add_def(b, t->v.name.id, GP_DEF_LOCAL, t);
        } else {
            visit_expr(b, t);
        }
        visit_annotation(b, s->v.annassign.annotation);
        if (s->v.annassign.value)
            visit_expr(b, s->v.annassign.value);
        break;
    }
    case GP_AST_AUGASSIGN:
        visit_expr(b, s->v.augassign.target);
        visit_expr(b, s->v.augassign.value);
        break;
    case GP_AST_FOR:
        visit_expr(b, s->v.for_.target);
        visit_expr(b, s->v.for_.iter);
        visit_stmts(b, &s->v.for_.body);
        visit_stmts(b, &s->v.for_.orelse);
        break;
    case GP_AST_WHILE:
        visit_expr(b, s->v.while_.test);
        visit_stmts(b, &s->v.while_.body);
        visit_stmts(b, &s->v.while_.orelse);
        break;
    case GP_AST_IF:
        visit_expr(b, s->v.if_.test);
        visit_stmts(b, &s->v.if_.body);
        visit_stmts(b, &s->v.if_.orelse);
        break;
    case GP_AST_RAISE:
        if (s->v.raise.exc) {
            visit_expr(b, s->v.raise.exc);
            if (s->v.raise.cause)
                visit_expr(b, s->v.raise.cause);
        }
        break;
    case GP_AST_TRY:
        visit_stmts(b, &s->v.try_.body);
        visit_stmts(b, &s->v.try_.orelse);
        for (size_t i = 0; i < s->v.try_.handlers.len; i++) {
            const GpAst *h = s->v.try_.handlers.items[i];
            if (h->v.excepthandler.type)
                visit_expr(b, h->v.excepthandler.type);
            if (h->v.excepthandler.name)
                add_def(b, h->v.excepthandler.name, GP_DEF_LOCAL, h);
            visit_stmts(b, &h->v.excepthandler.body);
        }
        visit_stmts(b, &s->v.try_.finalbody);
        break;
    case GP_AST_ASSERT:
        visit_expr(b, s->v.assert_.test);
        if (s->v.assert_.msg)
            visit_expr(b, s->v.assert_.msg);
        break;
    case GP_AST_IMPORT:
        for (size_t i = 0; i < s->v.import.names.len; i++)
            visit_alias(b, s->v.import.names.items[i]);
        break;
    case GP_AST_IMPORTFROM:
        for (size_t i = 0; i < s->v.importfrom.names.len; i++)
            visit_alias(b, s->v.importfrom.names.items[i]);
        break;
    case GP_AST_GLOBAL:
    case GP_AST_NONLOCAL: {
        int global = s->kind == GP_AST_GLOBAL;
        const GpAstNames *names = global ? &s->v.global.names : &s->v.nonlocal.names;
        for (size_t i = 0; i < names->len; i++) {
            const char *name = names->items[i];
            int cur = get_sym(b->cur, mangle(b, name));
            if (cur & (GP_DEF_PARAM | GP_DEF_LOCAL | GP_DEF_USE | GP_DEF_ANNOT))
                directive_error(b, s, name, cur, global);
            if (!global && b->cur->type == GP_BLOCK_MODULE)
                error_node(b, s,
                         "nonlocal declaration not allowed at module level");
            add_def(b, name, global ? GP_DEF_GLOBAL : GP_DEF_NONLOCAL, s);
            record_directive(b, b->cur, name, s);
        }
        break;
    }
    case GP_AST_EXPR:
        visit_expr(b, s->v.expr.value);
        break;
    case GP_AST_WITH:
        for (size_t i = 0; i < s->v.with.items.len; i++) {
            const GpAst *w = s->v.with.items.items[i];
            visit_expr(b, w->v.withitem.context_expr);
            if (w->v.withitem.optional_vars)
                visit_expr(b, w->v.withitem.optional_vars);
        }
        visit_stmts(b, &s->v.with.body);
        break;
    default:   /* pass, break, continue */
        break;
    }
}

/* A walrus in a comprehension binds in the nearest enclosing function or
 * module (symtable_extend_namedexpr_scope). */
static void extend_namedexpr_scope(Builder *b, const GpAst *target)
{
    const char *name = target->v.name.id;
    for (GpSymScope *s = b->cur; s; s = s->parent) {
        if (s->comprehension) {
            if (get_sym(s, name) & GP_DEF_COMP_ITER)
                error_node(b, target,
                         "assignment expression cannot rebind comprehension iteration "
                         "variable '%s'", name);
            continue;
        }
        if (s->type == GP_BLOCK_FUNCTION) {
            int in_scope = get_sym(s, name);
            add_def(b, name, (in_scope & GP_DEF_GLOBAL) ? GP_DEF_GLOBAL : GP_DEF_NONLOCAL,
                    target);
            record_directive(b, b->cur, name, target);
            add_def_in(b, s, name, GP_DEF_LOCAL, target->lineno, target->col_offset);
            return;
        }
        if (s->type == GP_BLOCK_MODULE) {
            add_def(b, name, GP_DEF_GLOBAL, target);
            add_def_in(b, s, name, GP_DEF_GLOBAL, target->lineno, target->col_offset);
            return;
        }
        error_node(b, target,
                 "assignment expression within a comprehension cannot be used in a class "
                 "body");
    }
}

static void visit_comprehension(Builder *b, const GpAst *e, const char *name,
                                const GpAstList *gens, const GpAst *elt, const GpAst *value,
                                int is_generator)
{
    const GpAst *outer = gens->items[0];
    /* the outermost iterable is evaluated in the enclosing scope */
    b->cur->comp_iter_expr++;
    visit_expr(b, outer->v.comprehension.iter);
    b->cur->comp_iter_expr--;
    enter(b, name, GP_BLOCK_FUNCTION, e);
    b->cur->comprehension = 1;
    if (is_generator)
        b->cur->generator = 1;
    add_def(b, ".0", GP_DEF_PARAM, e);   /* the iterator comes in as .0 */
    b->cur->comp_iter_target = 1;
    visit_expr(b, outer->v.comprehension.target);
    b->cur->comp_iter_target = 0;
    visit_exprs(b, &outer->v.comprehension.ifs);
    for (size_t i = 1; i < gens->len; i++) {
        const GpAst *g = gens->items[i];
        b->cur->comp_iter_target = 1;
        visit_expr(b, g->v.comprehension.target);
        b->cur->comp_iter_target = 0;
        b->cur->comp_iter_expr++;
        visit_expr(b, g->v.comprehension.iter);
        b->cur->comp_iter_expr--;
        visit_exprs(b, &g->v.comprehension.ifs);
    }
    if (value)
        visit_expr(b, value);
    visit_expr(b, elt);
    leave(b);
}

static const char *comp_kind_name(const GpAst *e)
{
    switch (e->kind) {
    case GP_AST_LISTCOMP: return "list comprehension";
    case GP_AST_SETCOMP: return "set comprehension";
    case GP_AST_DICTCOMP: return "dict comprehension";
    default: return "generator expression";
    }
}

static void visit_expr(Builder *b, const GpAst *e)
{
    switch (e->kind) {
    case GP_AST_NAMEDEXPR:
        if (b->cur->comp_iter_expr > 0)
            error_node(b, e,
                     "assignment expression cannot be used in a comprehension iterable "
                     "expression");
        if (b->cur->comprehension)
            extend_namedexpr_scope(b, e->v.namedexpr.target);
        visit_expr(b, e->v.namedexpr.value);
        visit_expr(b, e->v.namedexpr.target);
        break;
    case GP_AST_BOOLOP:
        visit_exprs(b, &e->v.boolop.values);
        break;
    case GP_AST_BINOP:
        visit_expr(b, e->v.binop.left);
        visit_expr(b, e->v.binop.right);
        break;
    case GP_AST_UNARYOP:
        visit_expr(b, e->v.unaryop.operand);
        break;
    case GP_AST_LAMBDA: {
        const GpAst *a = e->v.lambda.args;
        visit_exprs(b, &a->v.arguments.defaults);
        visit_exprs(b, &a->v.arguments.kw_defaults);
        enter(b, "lambda", GP_BLOCK_FUNCTION, e);
        visit_arguments(b, a);
        visit_expr(b, e->v.lambda.body);
        leave(b);
        break;
    }
    case GP_AST_IFEXP:
        visit_expr(b, e->v.ifexp.test);
        visit_expr(b, e->v.ifexp.body);
        visit_expr(b, e->v.ifexp.orelse);
        break;
    case GP_AST_DICT:
        visit_exprs(b, &e->v.dict.keys);
        visit_exprs(b, &e->v.dict.values);
        break;
    case GP_AST_SET:
        visit_exprs(b, &e->v.set.elts);
        break;
    case GP_AST_GENERATOREXP:
        visit_comprehension(b, e, "genexpr", &e->v.generatorexp.generators,
                            e->v.generatorexp.elt, NULL, 1);
        break;
    case GP_AST_LISTCOMP:
        visit_comprehension(b, e, "listcomp", &e->v.listcomp.generators, e->v.listcomp.elt,
                            NULL, 0);
        break;
    case GP_AST_SETCOMP:
        visit_comprehension(b, e, "setcomp", &e->v.setcomp.generators, e->v.setcomp.elt,
                            NULL, 0);
        break;
    case GP_AST_DICTCOMP:
        visit_comprehension(b, e, "dictcomp", &e->v.dictcomp.generators, e->v.dictcomp.key,
                            e->v.dictcomp.value, 0);
        break;
    case GP_AST_YIELD:
    case GP_AST_YIELDFROM: {
        const GpAst *v = e->kind == GP_AST_YIELD ? e->v.yield.value : e->v.yieldfrom.value;
        if (v)
            visit_expr(b, v);
        if (b->cur->comprehension)
            error_node(b, e, "'yield' inside %s",
                     comp_kind_name(b->cur->node));
        b->cur->generator = 1;
        break;
    }
    case GP_AST_COMPARE:
        visit_expr(b, e->v.compare.left);
        visit_exprs(b, &e->v.compare.comparators);
        break;
    case GP_AST_CALL:
        visit_expr(b, e->v.call.func);
        visit_exprs(b, &e->v.call.args);
        for (size_t i = 0; i < e->v.call.keywords.len; i++)
            visit_expr(b, e->v.call.keywords.items[i]->v.keyword.value);
        break;
    case GP_AST_FORMATTEDVALUE:
        visit_expr(b, e->v.formattedvalue.value);
        if (e->v.formattedvalue.format_spec)
            visit_expr(b, e->v.formattedvalue.format_spec);
        break;
    case GP_AST_JOINEDSTR:
        visit_exprs(b, &e->v.joinedstr.values);
        break;
    case GP_AST_ATTRIBUTE:
        visit_expr(b, e->v.attribute.value);
        break;
    case GP_AST_SUBSCRIPT:
        visit_expr(b, e->v.subscript.value);
        visit_expr(b, e->v.subscript.slice);
        break;
    case GP_AST_STARRED:
        visit_expr(b, e->v.starred.value);
        break;
    case GP_AST_SLICE:
        if (e->v.slice.lower)
            visit_expr(b, e->v.slice.lower);
        if (e->v.slice.upper)
            visit_expr(b, e->v.slice.upper);
        if (e->v.slice.step)
            visit_expr(b, e->v.slice.step);
        break;
    case GP_AST_NAME:
        add_def(b, e->v.name.id, e->v.name.ctx == GP_CTX_LOAD ? GP_DEF_USE : GP_DEF_LOCAL, e);
        /* super() needs the implicit __class__ cell */
        if (e->v.name.ctx == GP_CTX_LOAD && b->cur->type == GP_BLOCK_FUNCTION &&
            strcmp(e->v.name.id, "super") == 0)
            add_def(b, "__class__", GP_DEF_USE, e);
        break;
    case GP_AST_LIST:
        visit_exprs(b, &e->v.list.elts);
        break;
    case GP_AST_TUPLE:
        visit_exprs(b, &e->v.tuple.elts);
        break;
    default:    /* constants */
        break;
    }
}

/* ---- the second pass: resolving scopes ----------------------------------- */

/* A set of names: open addressing over arena memory. */
typedef struct NameSet {
    const char **slots;
    size_t cap, used;
    const char **order;     /* insertion order, for deterministic walks */
    size_t n, ordercap;
} NameSet;

static int set_has(const NameSet *s, const char *name)
{
    if (!s->cap)
        return 0;
    for (size_t i = hash_name(name) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
        if (!s->slots[i])
            return 0;
        if (s->slots[i] != (const char *)1 && strcmp(s->slots[i], name) == 0)
            return 1;
    }
}

static void set_add(Builder *b, NameSet *s, const char *name)
{
    if (set_has(s, name))
        return;
    if ((s->used + 1) * 2 > s->cap) {
        NameSet n = {0};
        n.cap = s->cap ? s->cap * 2 : 16;
        n.slots = alloc(b, n.cap * sizeof *n.slots);
        n.order = s->order;
        n.ordercap = s->ordercap;
        for (size_t i = 0; i < s->n; i++) {
            const char *x = s->order[i];
            if (!x || !set_has(s, x))
                continue;
            size_t j = hash_name(x) & (n.cap - 1);
            while (n.slots[j])
                j = (j + 1) & (n.cap - 1);
            n.slots[j] = x;
            n.used++;
        }
        n.n = s->n;
        *s = n;
    }
    size_t j = hash_name(name) & (s->cap - 1);
    while (s->slots[j] && s->slots[j] != (const char *)1)
        j = (j + 1) & (s->cap - 1);
    s->slots[j] = name;
    s->used++;
    s->order = grow(b, s->order, s->n, &s->ordercap, sizeof *s->order);
    s->order[s->n++] = name;
}

static void set_discard(NameSet *s, const char *name)
{
    if (!s->cap)
        return;
    for (size_t i = hash_name(name) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
        if (!s->slots[i])
            return;
        if (s->slots[i] != (const char *)1 && strcmp(s->slots[i], name) == 0) {
            s->slots[i] = (const char *)1;   /* tombstone */
            return;
        }
    }
}

static void set_update(Builder *b, NameSet *dst, const NameSet *src)
{
    for (size_t i = 0; i < src->n; i++)
        if (set_has(src, src->order[i]))
            set_add(b, dst, src->order[i]);
}

static NameSet set_copy(Builder *b, const NameSet *src)
{
    NameSet s = {0};
    if (src)
        set_update(b, &s, src);
    return s;
}

static void analyze_name(Builder *b, GpSymScope *ste, int *scopes, size_t k, NameSet *bound,
                         NameSet *local, NameSet *free, NameSet *global)
{
    const char *name = ste->syms[k].name;
    int flags = ste->syms[k].flags;
    /* errors point at the declaration (else at the scope) */
    const GpSymbol *sym = &ste->syms[k];
    int has = sym->dir_lineno != 0;
    int dl = has ? sym->dir_lineno : ste->lineno, dc = has ? sym->dir_col : ste->col_offset;
    int del = has ? sym->dir_end_lineno : dl, dec = has ? sym->dir_end_col : dc;
    if (flags & GP_DEF_GLOBAL) {
        if (flags & GP_DEF_NONLOCAL)
            error_range(b, dl, dc, del, dec, "name '%s' is nonlocal and global", name);
        scopes[k] = GP_SCOPE_GLOBAL_EXPLICIT;
        set_add(b, global, name);
        if (bound)
            set_discard(bound, name);
        return;
    }
    if (flags & GP_DEF_NONLOCAL) {
        if (!bound)
            error_range(b, dl, dc, del, dec,
                        "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            error_range(b, dl, dc, del, dec, "no binding for nonlocal '%s' found", name);
        scopes[k] = GP_SCOPE_FREE;
        ste->has_free = 1;
        set_add(b, free, name);
        return;
    }
    if (flags & GP_DEF_BOUND) {
        scopes[k] = GP_SCOPE_LOCAL;
        set_add(b, local, name);
        set_discard(global, name);
        return;
    }
    if (bound && set_has(bound, name)) {
        scopes[k] = GP_SCOPE_FREE;
        ste->has_free = 1;
        set_add(b, free, name);
        return;
    }
    if (global && set_has(global, name)) {
        scopes[k] = GP_SCOPE_GLOBAL_IMPLICIT;
        return;
    }
    if (ste->nested)
        ste->has_free = 1;
    scopes[k] = GP_SCOPE_GLOBAL_IMPLICIT;
}

static void analyze_block(Builder *b, GpSymScope *ste, NameSet *bound, NameSet *free,
                          NameSet *global);

/* Symbols of a scope get their scope bits; free names of its children that
 * it does not bind are added to it as FREE (they pass through it). */
static void update_symbols(Builder *b, GpSymScope *ste, const int *scopes, size_t nscoped,
                           NameSet *bound, NameSet *free)
{
    int classflag = ste->type == GP_BLOCK_CLASS;
    for (size_t k = 0; k < nscoped; k++)
        ste->syms[k].flags |= scopes[k] << GP_SCOPE_OFFSET;
    for (size_t i = 0; i < free->n; i++) {
        const char *name = free->order[i];
        if (!set_has(free, name))
            continue;
        long k = find_sym(ste, name);
        if (k >= 0) {
            /* a method's free name also bound or global in the class */
            if (classflag && (ste->syms[k].flags & (GP_DEF_BOUND | GP_DEF_GLOBAL)))
                ste->syms[k].flags |= GP_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue;   /* global: nothing to pass through */
        set_sym(b, ste, name, GP_SCOPE_FREE << GP_SCOPE_OFFSET);
    }
}

static void analyze_block(Builder *b, GpSymScope *ste, NameSet *bound, NameSet *free,
                          NameSet *global)
{
    NameSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0};
    size_t nscoped = ste->nsyms;
    int *scopes = alloc(b, (nscoped ? nscoped : 1) * sizeof *scopes);
    if (ste->type == GP_BLOCK_CLASS) {
        set_update(b, &newglobal, global);
        if (bound)
            set_update(b, &newbound, bound);
    }
    for (size_t k = 0; k < nscoped; k++)
        analyze_name(b, ste, scopes, k, bound, &local, free, global);
    if (ste->type != GP_BLOCK_CLASS) {
        if (ste->type == GP_BLOCK_FUNCTION)
            set_update(b, &newbound, &local);
        if (bound)
            set_update(b, &newbound, bound);
        set_update(b, &newglobal, global);
    } else {
        set_add(b, &newbound, "__class__");
    }
    NameSet allfree = {0};
    for (size_t i = 0; i < ste->nchildren; i++) {
        GpSymScope *c = ste->children[i];
        NameSet cbound = set_copy(b, &newbound), cglobal = set_copy(b, &newglobal);
        NameSet cfree = set_copy(b, &newfree);
        analyze_block(b, c, &cbound, &cfree, &cglobal);
        set_update(b, &allfree, &cfree);
        if (c->has_free || c->child_free)
            ste->child_free = 1;
    }
    set_update(b, &newfree, &allfree);
    if (ste->type == GP_BLOCK_FUNCTION) {
        /* locals that children use freely become cells */
        for (size_t k = 0; k < nscoped; k++) {
            if (scopes[k] == GP_SCOPE_LOCAL && set_has(&newfree, ste->syms[k].name)) {
                scopes[k] = GP_SCOPE_CELL;
                set_discard(&newfree, ste->syms[k].name);
            }
        }
    } else if (ste->type == GP_BLOCK_CLASS && set_has(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        ste->needs_class_closure = 1;
    }
    update_symbols(b, ste, scopes, nscoped, bound, &newfree);
    set_update(b, free, &newfree);
}

/* ---- entry point ------------------------------------------------------------- */

/* Does the module start (after its docstring) with a future import of
 * annotations? */
static int has_future_annotations(const GpAst *mod)
{
    if (mod->kind != GP_AST_MODULE)
        return 0;
    const GpAstList *body = &mod->v.module.body;
    size_t i = 0;
    if (body->len && body->items[0]->kind == GP_AST_EXPR &&
        body->items[0]->v.expr.value->kind == GP_AST_CONSTANT &&
        body->items[0]->v.expr.value->v.constant.value.kind == GP_CONST_STR)
        i++;
    for (; i < body->len; i++) {
        const GpAst *s = body->items[i];
        if (s->kind != GP_AST_IMPORTFROM || !s->v.importfrom.module ||
            strcmp(s->v.importfrom.module, "__future__") != 0)
            break;
        for (size_t k = 0; k < s->v.importfrom.names.len; k++)
            if (strcmp(s->v.importfrom.names.items[k]->v.alias.name, "annotations") == 0)
                return 1;
    }
    return 0;
}

GpSymtable *gp_symtable_build(const GpAst *mod, const char *filename, GpSyntaxError *err)
{
    GpAstArena *ar = mod->kind == GP_AST_MODULE       ? mod->v.module.arena
                     : mod->kind == GP_AST_INTERACTIVE ? mod->v.interactive.arena
                                                       : mod->v.expression.arena;
    GpSymtable *t = gp_astarena_alloc(ar, sizeof *t);
    if (!t) {
        memset(err, 0, sizeof *err);
        err->kind = GP_ERR_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    Builder b;
    memset(&b, 0, sizeof b);
    b.t = t;
    b.ar = ar;
    b.filename = filename;
    b.err = err;
    t->arena = ar;
    b.future_annotations = has_future_annotations(mod);
    if (setjmp(b.fail))
        return NULL;
    enter(&b, "top", GP_BLOCK_MODULE, NULL);
    t->top = b.cur;
    if (mod->kind == GP_AST_MODULE)
        visit_stmts(&b, &mod->v.module.body);
    else if (mod->kind == GP_AST_INTERACTIVE)
        visit_stmts(&b, &mod->v.interactive.body);
    else
        visit_expr(&b, mod->v.expression.body);
    NameSet free = {0}, global = {0};
    analyze_block(&b, t->top, NULL, &free, &global);
    return t;
}
