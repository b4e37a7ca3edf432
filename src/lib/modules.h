/*
 * modules.h - built-in modules written in C.  The import machinery makes
 * an empty module object (gp_module_new) and calls the module's init
 * function to fill its namespace; 0, or -1 with an exception pending.
 */
#ifndef GP_LIB_MODULES_H
#define GP_LIB_MODULES_H

#include "obj/object.h"

int gp_lib_sys_init(GpState *st, GpObject *module);
int gp_lib_math_init(GpState *st, GpObject *module);
int gp_lib_os_init(GpState *st, GpObject *module);
int gp_lib_time_init(GpState *st, GpObject *module);
int gp_lib_unicodedata_init(GpState *st, GpObject *module);

#endif
