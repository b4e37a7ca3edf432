/*
 * stack.h - the frame stack: LIFO frames growing down from the top of the
 * stack area.
 *
 *   stack.hi  +--------------------+
 *             | frame 0 (oldest)   |   each frame: 16-byte header
 *             +--------------------+   (size, sequence) + payload
 *             | frame 1            |
 *   sp ---->  +--------------------+
 *             | committed slack    |
 *   stack.lo  +--------------------+   moves down in commit steps;
 *             | shared gap         |   never below heap.hi
 *
 * A push that would cross the heap top first asks the heap to give back
 * its slack, then fails with NULL: the VM turns that into RecursionError.
 */
#ifndef GP_MEM_STACK_H
#define GP_MEM_STACK_H

#include "mem/image.h"

typedef struct GpFrameHeader {
    size_t size;       /* whole frame, header included, multiple of 16 */
    size_t seq;        /* depth at push time, to check LIFO order */
} GpFrameHeader;

/* A frame with `size` usable bytes (16-byte aligned), or NULL on overflow. */
void *gp_stack_push(GpImage *img, size_t size);
/* Pop the newest frame; `frame` must be what the last push returned. */
void gp_stack_pop(GpImage *img, void *frame);
/* Frames from newest to oldest: pass NULL to start; NULL at the end. */
void *gp_stack_next(GpImage *img, void *frame);
size_t gp_stack_frame_size(const void *frame);
size_t gp_stack_depth(const GpImage *img);

#endif
