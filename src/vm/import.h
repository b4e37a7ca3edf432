/*
 * import.h - importing modules.  Built-in modules (written in C) are made
 * on first import from the table the embedder registers
 * (gp_import_set_builtins); importing .py files comes with the next
 * issue and says so.
 */
#ifndef GP_VM_IMPORT_H
#define GP_VM_IMPORT_H

#include "obj/object.h"

typedef struct GpBuiltinModule {
    const char *name;
    int (*init)(GpState *st, GpObject *module);
} GpBuiltinModule;

/* The table of built-in modules, ending with a NULL name. */
void gp_import_set_builtins(GpState *st, const GpBuiltinModule *table);
/* import name: the module (new reference), or NULL with ImportError. */
GpObject *gp_import(GpState *st, GpObject *name);

#endif
