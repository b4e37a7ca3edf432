/*
 * module.h - module objects: a name and a namespace dict (which lives in
 * the global area).
 */
#ifndef GP_OBJ_MODULE_H
#define GP_OBJ_MODULE_H

#include "obj/object.h"

typedef struct GpModule {
    GpObject ob;
    GpObject *name;         /* str */
    GpObject *dict;         /* the namespace */
} GpModule;

#define GP_MODULE(o) ((GpModule *)(o))

/* A module with an empty namespace in the global area (with __name__). */
GpObject *gp_module_new(GpState *st, const char *name);
/* Add the functions of a method table to a module. */
int gp_module_add_functions(GpState *st, GpObject *module, const GpMethodDef *defs);
int gp_module_add_object(GpState *st, GpObject *module, const char *name, GpObject *value);
/* The same, taking over the reference to value (which may be NULL after a
 * failed allocation: then -1). */
int gp_module_add_new(GpState *st, GpObject *module, const char *name, GpObject *value);

extern const GpType gp_module_template;

#endif
