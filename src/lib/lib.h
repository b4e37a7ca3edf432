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
/* sys.builtin_module_names: their names, sorted, as a tuple. */
GpObject *gp_lib_module_names(GpState *st);

/* A str of argv or environ text, made in the higher area beside that text
 * while the room kept there lasts (then in the heap): immortal, like the
 * process's arguments.  NULL with UnicodeError for text not UTF-8. */
GpObject *gp_lib_arg_str(GpState *st, const char *text, size_t len);

/* sys.getsizeof: the bytes the object occupies in the image */
size_t gp_obj_sizeof(GpState *st, GpObject *o);

#endif
