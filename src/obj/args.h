/*
 * args.h - argument checks for methods written in C, with CPython's
 * messages.  0, or -1 with TypeError pending.
 */
#ifndef GP_OBJ_ARGS_H
#define GP_OBJ_ARGS_H

#include <stddef.h>

#include "obj/object.h"

/* "name expected at most 2 arguments, got 3" (_PyArg_CheckPositional) */
int gp_args_clinic_positional(GpState *st, const char *name, size_t nargs, size_t min, size_t max);
/* "name() takes at least 1 argument (0 given)" (PyArg_ParseTuple) */
int gp_args_old_positional(GpState *st, const char *name, size_t nargs, size_t min, size_t max);
/* positional and keyword arguments bound to names (_PyArg_UnpackKeywords) */
int gp_args_clinic_keywords(GpState *st, const char *name, const char *const *names, size_t npar, GpObject *const *args, size_t nargs, GpObject *kwnames, GpObject **out);

#endif
