/*
 * traceback.h - the frames an exception passed through, and printing them
 * the way CPython does.
 */
#ifndef GP_VM_TRACEBACK_H
#define GP_VM_TRACEBACK_H

#include <stdio.h>

#include "obj/code.h"

/* Record that the pending exception passed through code at instruction
 * `index` (its position goes into the entry). */
void gp_traceback_add(GpState *st, GpCode *code, size_t index);

/* A source line, for printing: returns the text of `line` of `filename`
 * (UTF-8, with its indentation, without its newline) and its length, or
 * NULL. */
typedef const char *(*GpSourceLine)(void *ctx, const char *filename, int line, size_t *len);

/* Print "Traceback (most recent call last): ... Type: message" and the
 * chain of causes, as CPython prints an uncaught exception.  globals (may
 * be NULL): the module's namespace, where a NameError looks for a name to
 * suggest. */
/* CPython's print_error_text: the line without its indentation, then a
 * caret line from offset to end_offset (1-based byte offsets, end
 * exclusive; end_offset <= offset: one caret; offset < 1: none). */
void gp_traceback_print_error_text(FILE *out, const char *text, size_t len, int offset,
                                   int end_offset);
/* 1-based character offset -> 1-based UTF-8 byte offset in line. */
int gp_traceback_byte_offset(const char *line, size_t len, int offset);

void gp_traceback_print(GpState *st, GpObject *exc, FILE *out, GpSourceLine getline, void *ctx,
                        GpObject *globals);

#endif
