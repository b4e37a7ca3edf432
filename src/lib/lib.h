/*
 * lib.h - the built-in modules written in C, and the table that makes
 * them importable (gp_lib_install).
 */
#ifndef GP_LIB_LIB_H
#define GP_LIB_LIB_H

#include "obj/object.h"

#define GP_LIB_VERSION "0.1.0"

/* Register the built-in modules with the state's import system. */
void gp_lib_install(GpState *st);

/* sys.getsizeof: the bytes the object occupies in the image */
size_t gp_obj_sizeof(GpState *st, GpObject *o);

#endif
