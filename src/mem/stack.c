/*
 * stack.c - LIFO frames growing down from the top of the stack area.
 *
 * The stack keeps up to STACK_TRIM_AT bytes of committed slack below its
 * newest frame, so a loop of calls and returns costs no system calls; past
 * that, whole commit steps beyond one are given back to the shared gap.
 */
#include "mem/stack.h"

#include <assert.h>

#include "mem/poison.h"

#define STACK_TRIM_AT (4 * (size_t)GP_COMMIT_STEP)
#define STACK_KEEP    ((size_t)GP_COMMIT_STEP)
#define FRAME_HEADER  sizeof(GpFrameHeader)

void *gp_stack_push(GpImage *img, size_t size)
{
    GpArea *s = &img->areas[GP_AREA_STACK];
    size_t room = (size_t)(s->sp - img->base);
    if (size > room)
        return NULL;
    size_t need = ((size + GP_ALIGN - 1) & ~(size_t)(GP_ALIGN - 1)) + FRAME_HEADER;
    if (need > room)
        return NULL;
    uint8_t *nsp = s->sp - need;
    if (nsp < s->lo && gp_area_grow_down(s, nsp) != 0)
        return NULL;
    GP_UNPOISON(nsp, FRAME_HEADER + size);
    GpFrameHeader *h = (GpFrameHeader *)nsp;
    h->size = need;
    h->seq = s->nframes++;
    s->sp = nsp;
    if ((size_t)(s->hi - nsp) > s->peak_used)
        s->peak_used = (size_t)(s->hi - nsp);
    return nsp + FRAME_HEADER;
}

void gp_stack_pop(GpImage *img, void *frame)
{
    GpArea *s = &img->areas[GP_AREA_STACK];
    GpFrameHeader *h = (GpFrameHeader *)((uint8_t *)frame - FRAME_HEADER);
    assert((uint8_t *)h == s->sp && h->seq + 1 == s->nframes);
    s->sp += h->size;
    s->nframes--;
    GP_POISON(h, h->size);
    if ((size_t)(s->sp - s->lo) > STACK_TRIM_AT)
        gp_area_trim_down(s, STACK_KEEP);
}

void *gp_stack_next(GpImage *img, void *frame)
{
    GpArea *s = &img->areas[GP_AREA_STACK];
    uint8_t *h = frame ? (uint8_t *)frame - FRAME_HEADER + ((GpFrameHeader *)
                 ((uint8_t *)frame - FRAME_HEADER))->size : s->sp;
    return h < s->hi ? h + FRAME_HEADER : NULL;
}

size_t gp_stack_frame_size(const void *frame)
{
    const GpFrameHeader *h = (const GpFrameHeader *)((const uint8_t *)frame - FRAME_HEADER);
    return h->size - FRAME_HEADER;
}

size_t gp_stack_depth(const GpImage *img)
{
    return img->areas[GP_AREA_STACK].nframes;
}
