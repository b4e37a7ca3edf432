/*
 * mem.h - the one door to memory.
 *
 * Every byte the interpreter uses goes through these three calls, in the
 * style of Lua's lmem.c: the caller names the area and tells the size it
 * asked for when it frees or resizes, so small blocks carry no header and
 * the accounting and the out-of-memory path each live in one place.
 *
 * Requests of at most GP_SMALL_MAX bytes go to the pools (pool.c), larger
 * ones to the block allocator (block.c).  Failure returns NULL and changes
 * nothing; the caller raises MemoryError.  The block-holding areas (text,
 * static, global, heap) accept allocations, and so does the higher area's
 * room above argv and environ, packed and never given back (the objects
 * there are immortal: a free of one is kept on its class's free list or
 * dropped); frames go through stack.h.
 */
#ifndef GP_MEM_MEM_H
#define GP_MEM_MEM_H

#include "mem/image.h"
#include "mem/poison.h"
#include "mem/pool.h"

/* A class's free list holds at most this many blocks (mem.c). */
#define GP_FREELIST_MAX 32u

/* The paths past the free lists (mem.c). */
void *gp_mem_alloc_slow(GpArea *a, size_t size);
void gp_mem_free_slow(GpArea *a, void *ptr, size_t size);

/* The common case inline: pop the block freed last of the class. */
static inline void *gp_mem_alloc(GpArea *a, size_t size)
{
    if (GP_LIKELY(size <= GP_SMALL_MAX)) {
        uint32_t cls = gp_pool_class(size);
        void *b = a->freelist[cls];
        if (GP_LIKELY(b != NULL)) {
            a->freelist[cls] = gp_link_get(b);
            a->nfree[cls]--;
            GP_UNPOISON(b, size);
            return b;
        }
    }
    return gp_mem_alloc_slow(a, size);
}

/* The common case inline: push the block on its class's free list. */
static inline void gp_mem_free(GpArea *a, void *ptr, size_t size)
{
    if (GP_LIKELY(size <= GP_SMALL_MAX && ptr != NULL)) {
        uint32_t cls = gp_pool_class(size);
        if (GP_LIKELY(a->nfree[cls] < GP_FREELIST_MAX)) {
            GP_POISON(ptr, gp_pool_class_size(cls));
            gp_link_set(ptr, a->freelist[cls]);
            a->freelist[cls] = ptr;
            a->nfree[cls]++;
            return;
        }
    }
    gp_mem_free_slow(a, ptr, size);
}
/* Like realloc, but told the old size.  On failure returns NULL and the old
 * block is untouched. */
void *gp_mem_realloc(GpArea *a, void *ptr, size_t oldsize, size_t newsize);

/* The usable size of a request: what the block really occupies. */
size_t gp_mem_usable(size_t size);

/* Return the blocks on the per-class free lists to their pools. */
void gp_mem_flush(GpArea *a);

/* Give back what is cached but unused: the free lists, empty pools kept for
 * reuse, empty arenas, and the slack above the area's top. */
void gp_mem_trim(GpArea *a);

#endif
