/*
 * gen.h - generator objects.
 *
 * A generator owns a suspended frame.  While the generator is paused the
 * frame lives in the heap (a copy of the bytes the frame had on the stack
 * area); resuming copies it back onto the stack area, where it runs like
 * any frame, and a yield copies it out again.  So the stack area holds
 * only the frames that are running, as the textbook picture has it.  The
 * VM does the resuming (st->gen_resume), keeping this layer below it.
 */
#ifndef GP_OBJ_GEN_H
#define GP_OBJ_GEN_H

#include "obj/object.h"

typedef struct GpGen {
    GpObject ob;
    void *frame;            /* the suspended GpFrame, in the heap; NULL when done */
    size_t bytes;           /* its size */
    GpObject *name, *qualname;
    int running;
} GpGen;

#define GP_GEN(o) ((GpGen *)(o))

GpObject *gp_gen_new(GpState *st, void *frame, size_t bytes, GpObject *name, GpObject *qualname);

extern const GpType gp_gen_template;

#endif
