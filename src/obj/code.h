/*
 * code.h - code objects: one compiled scope (module, function, lambda,
 * comprehension).  The instructions (vm/opcode.h) and the line table live
 * in the text area with the object; constants and names in the static
 * area.  See docs/VM.md.
 */
#ifndef GP_OBJ_CODE_H
#define GP_OBJ_CODE_H

#include "obj/object.h"

#define GP_CO_VARARGS     0x04
#define GP_CO_VARKEYWORDS 0x08
#define GP_CO_NESTED      0x10
#define GP_CO_GENERATOR   0x20

/* LOAD_GLOBAL's cache (vm/eval.c), one entry per name: the value found
 * while the globals and builtins dicts had these versions (dict.h). */
typedef struct GpGlobalCache {
    uint64_t globals_version, builtins_version;
    GpObject *value;            /* borrowed: the dicts hold it */
} GpGlobalCache;

typedef struct GpCode {
    GpObject ob;
    uint32_t *code;             /* instructions, text area */
    size_t ncode;
    uint32_t *lines;            /* source line of each instruction, text area */
    GpObject *consts;           /* tuple */
    GpObject *names;            /* tuple of str: globals, attributes */
    GpObject *varnames;         /* tuple of str: parameters, then locals */
    GpObject *cellvars;         /* tuple of str */
    GpObject *freevars;         /* tuple of str */
    GpObject *name, *qualname, *filename;
    int argcount, posonlyargcount, kwonlyargcount, flags;
    int nlocals;                /* len(varnames) */
    int stacksize, blockdepth;
    int firstlineno;
    /* for each cell that is also a parameter: its varnames index, else -1 */
    int *cell2arg;
    GpGlobalCache *gcache;      /* len(names) entries, text area; NULL until
                                   the first LOAD_GLOBAL runs */
} GpCode;

#define GP_CODE(o) ((GpCode *)(o))

/* nlocalsplus: the frame slots for locals, cells and frees */
static inline size_t gp_code_nlocalsplus(const GpCode *c)
{
    return (size_t)c->nlocals + ((const GpVarObject *)c->cellvars)->size +
           ((const GpVarObject *)c->freevars)->size;
}

/* A code object with room for n instructions (text area); the caller fills
 * the fields.  The tuples are taken (stolen). */
GpCode *gp_code_new(GpState *st, size_t ncode);
int gp_code_line_of(const GpCode *c, size_t index);

extern const GpType gp_code_template;

#endif
