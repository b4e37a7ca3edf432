/*
 * stream.h - text streams (sys.stdout, sys.stderr): write() and flush().
 */
#ifndef GP_OBJ_STREAM_H
#define GP_OBJ_STREAM_H

#include <stdio.h>

#include "obj/object.h"

GpObject *gp_stream_new(GpState *st, FILE *fp, const char *name);
/* Write a str as UTF-8. */
int gp_stream_write_str(GpState *st, GpObject *stream, GpObject *s);

extern const GpType gp_stream_template;

#endif
