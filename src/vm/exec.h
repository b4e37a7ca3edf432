/*
 * exec.h - the built-ins eval() and exec() (the builtins module's table,
 * builtins.c, lists them).
 */
#ifndef GP_VM_EXEC_H
#define GP_VM_EXEC_H

#include "obj/object.h"

GpObject *gp_exec_eval(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                       GpObject *kwnames);
GpObject *gp_exec_exec(GpState *st, GpObject *self, GpObject *const *args, size_t nargs,
                       GpObject *kwnames);

#endif
