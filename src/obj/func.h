/*
 * func.h - Python function objects and cells.
 *
 * A function is its code plus what the code needs from where it was made:
 * the globals, the default values, and for a closure the cells of the
 * enclosing function's variables.  Calling one is the VM's job: the VM
 * fills the type's call slot when it starts (vm/eval.c), keeping the
 * object layer below the VM.
 */
#ifndef GP_OBJ_FUNC_H
#define GP_OBJ_FUNC_H

#include "obj/code.h"

typedef struct GpFunction {
    GpObject ob;
    GpObject *code;         /* GpCode */
    GpObject *globals;      /* dict */
    GpObject *defaults;     /* tuple or NULL */
    GpObject *kwdefaults;   /* dict or NULL */
    GpObject *closure;      /* tuple of cells or NULL */
    GpObject *name, *qualname;
    GpObject *dict;         /* f.attr = value; NULL until the first */
} GpFunction;

/* A cell: one variable shared between a function and its closures. */
typedef struct GpCell {
    GpObject ob;
    GpObject *ref;          /* NULL while the variable is unbound */
} GpCell;

#define GP_FUNC(o) ((GpFunction *)(o))
#define GP_CELL(o) ((GpCell *)(o))

GpObject *gp_function_new(GpState *st, GpObject *code, GpObject *globals, GpObject *qualname);
GpObject *gp_cell_new(GpState *st, GpObject *ref);

extern const GpType gp_function_template, gp_cell_template;

#endif
