/*
 * stream.h - text streams (sys.stdout, sys.stderr): write() and flush().
 */
#ifndef GP_OBJ_STREAM_H
#define GP_OBJ_STREAM_H

#include <stdio.h>

#include "obj/object.h"

GpObject *gp_stream_new(GpState *st, FILE *fp, const char *name);
/* Write str s to fp as UTF-8 with CPython's sys.stdout error handler,
 * surrogateescape: U+DC80..U+DCFF become the bytes 0x80..0xFF, another
 * lone surrogate raises UnicodeEncodeError and nothing of s is written.
 * 0, or -1 with the exception pending. */
int gp_stream_put(GpState *st, GpObject *s, FILE *fp);

extern const GpType gp_stream_template;

#endif
