/*
 * builtins.h - the builtins module: print, len, repr, the built-in types
 * and exceptions by name.  Its dict lives in the global area.
 */
#ifndef GP_VM_BUILTINS_H
#define GP_VM_BUILTINS_H

#include "obj/object.h"

int gp_builtins_init(GpState *st);
/* ascii(v): repr with non-ASCII characters escaped */
GpObject *gp_builtin_ascii(GpState *st, GpObject *v);
/* locals(): the running code's namespace dict, or a snapshot of a
 * function's variables (new reference) */
GpObject *gp_builtins_locals(GpState *st);
/* format(v, spec); spec may be NULL (empty) */
GpObject *gp_builtin_format(GpState *st, GpObject *v, GpObject *spec);

#endif
