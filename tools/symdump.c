/*
 * symdump - print the scopes glasspy's symbol table finds in a file, in the
 * format of tools/symtable_oracle.py (CPython's symtable module), so the
 * two can be compared (tools/symtests.sh).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/parser.h"
#include "lang/symtable.h"
#include "mem/mem.h"

static const char *const type_names[] = {"function", "class", "module"};

static int has_child_named(const GpSymScope *s, const char *name)
{
    for (size_t i = 0; i < s->nchildren; i++)
        if (strcmp(s->children[i]->name, name) == 0)
            return 1;
    return 0;
}

static void dump(const GpSymScope *s, int indent)
{
    printf("%*s%s %s line %d%s%s\n", indent, "", type_names[s->type], s->name, s->lineno,
           s->nested ? " nested" : "", s->type == GP_BLOCK_FUNCTION ? " optimized" : "");
    /* CPython's symtable module decides "module scope" by the name "top" */
    int module = strcmp(s->name, "top") == 0;
    /* names only passing through (free in a child, unused here) last, sorted,
     * as tools/symtable_oracle.py prints them */
    size_t n = s->nsyms, *order = malloc((n ? n : 1) * sizeof *order), m = 0;
    for (size_t k = 0; k < n; k++)
        if (s->syms[k].flags & ((1 << GP_SCOPE_OFFSET) - 1))
            order[m++] = k;
    size_t own = m;
    for (size_t k = 0; k < n; k++)
        if (!(s->syms[k].flags & ((1 << GP_SCOPE_OFFSET) - 1)))
            order[m++] = k;
    for (size_t a = own + 1; a < n; a++)
        for (size_t j = a; j > own && strcmp(s->syms[order[j - 1]].name,
                                             s->syms[order[j]].name) > 0; j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (size_t o = 0; o < n; o++) {
        size_t k = order[o];
        int f = s->syms[k].flags;
        GpNameScope sc = gp_symscope_scope_of(f);
        int bound_at_module = module && (f & GP_DEF_BOUND);
        /* the predicates of CPython's symtable.Symbol */
        const struct {
            const char *name;
            int on;
        } flags[] = {
            {"referenced", f & GP_DEF_USE},
            {"imported", f & GP_DEF_IMPORT},
            {"parameter", f & GP_DEF_PARAM},
            {"global", sc == GP_SCOPE_GLOBAL_IMPLICIT || sc == GP_SCOPE_GLOBAL_EXPLICIT ||
                           bound_at_module},
            {"declared_global", sc == GP_SCOPE_GLOBAL_EXPLICIT},
            {"local", sc == GP_SCOPE_LOCAL || sc == GP_SCOPE_CELL || bound_at_module},
            {"annotated", f & GP_DEF_ANNOT},
            {"nonlocal", f & GP_DEF_NONLOCAL},
            {"free", sc == GP_SCOPE_FREE},
            {"assigned", f & GP_DEF_LOCAL},
            {"namespace", has_child_named(s, s->syms[k].name)},
        };
        printf("%*s  %s:", indent, "", s->syms[k].name);
        const char *sep = " ";
        for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
            if (flags[i].on) {
                printf("%s%s", sep, flags[i].name);
                sep = " ";
            }
        }
        printf("\n");
    }
    free(order);
    for (size_t i = 0; i < s->nchildren; i++)
        dump(s->children[i], indent + 4);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: symdump FILE.py\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    static char src[1 << 22];
    size_t len = fread(src, 1, sizeof src, f);
    fclose(f);
    char err[256];
    GpImage *img = gp_image_create(&(GpImageConfig){.size = 256u << 20}, err, sizeof err);
    if (!img) {
        fprintf(stderr, "symdump: %s\n", err);
        return 2;
    }
    const char *base = strrchr(argv[1], '/') ? strrchr(argv[1], '/') + 1 : argv[1];
    GpSyntaxError se;
    GpAst *mod = gp_parse(gp_image_area(img, GP_AREA_HEAP), src, len, base, GP_PARSE_EXEC, &se);
    GpSymtable *t = mod ? gp_symtable_build(mod, base, &se) : NULL;
    if (!t) {
        if (se.has_location)
            printf("%s: %s (line %d, offset %d)\n", gp_syntax_error_class(&se), se.msg,
                   se.lineno, se.offset);
        else
            printf("%s: %s (line None, offset None)\n", gp_syntax_error_class(&se), se.msg);
    } else {
        dump(t->top, 0);
    }
    if (mod)
        gp_ast_free(mod);
    gp_image_destroy(img);
    return 0;
}
