/*
 * stream.h - text streams (sys.stdout, sys.stderr): write() and flush().
 */
#ifndef GP_OBJ_STREAM_H
#define GP_OBJ_STREAM_H

#include <stdio.h>

#include "obj/object.h"

GpObject *gp_stream_new(GpState *st, FILE *fp, const char *name);

extern const GpType gp_stream_template;

#endif
