/*
 * mem.c - the one door: route a request to the pools or the block
 * allocator of an area.  See mem.h.
 *
 * Small blocks pass through a free list per size class in front of the
 * pools.  A free pushes the block on its class's list, an allocation pops
 * it: the block freed last is the next one handed out, and both touch only
 * the area and the block, never a pool header (the size the caller states
 * gives the class).  A list holds at most GP_FREELIST_MAX blocks; a free that
 * finds it full first returns the older half to the pools, so the lists
 * stay short and empty pools and arenas still go back.  To the pools, a
 * block on a list is in use; statistics count it as free.
 */
#include "mem/mem.h"

#include <string.h>

#include "mem/block.h"
#include "mem/poison.h"
#include "mem/pool.h"

/* Memory held by the free lists, kept empty pools and top slack can pin
 * arenas that a request needs: before failing, give all of it back and
 * try once more. */
static void *alloc_after_trim(GpArea *a, size_t size)
{
    gp_mem_trim(a);
    return size <= GP_SMALL_MAX ? gp_pool_alloc(a, size) : gp_block_alloc(a, size);
}

void *gp_mem_alloc_slow(GpArea *a, size_t size)
{
    void *b;
    if (GP_UNLIKELY(a->kind == GP_AREA_HIGHER))
        return gp_image_higher_alloc(a->image, size);
    b = size <= GP_SMALL_MAX ? gp_pool_alloc(a, size) : gp_block_alloc(a, size);
    return GP_LIKELY(b != NULL) ? b : alloc_after_trim(a, size);
}

/* Return the older half of a full free list to the pools. */
static void spill(GpArea *a, uint32_t cls)
{
    void *b = a->freelist[cls];
    for (uint32_t i = 1; i < GP_FREELIST_MAX / 2; i++)
        b = gp_link_get(b);
    void *old = gp_link_get(b);
    gp_link_set(b, NULL);
    a->nfree[cls] = GP_FREELIST_MAX / 2;
    while (old) {
        void *next = gp_link_get(old);
        gp_pool_free(a, old);
        old = next;
    }
}

void gp_mem_free_slow(GpArea *a, void *ptr, size_t size)
{
    if (!ptr || a->kind == GP_AREA_HIGHER)
        return;     /* the higher area's blocks are never given back */
    if (size <= GP_SMALL_MAX) {
        uint32_t cls = gp_pool_class(size);
        spill(a, cls);
        GP_POISON(ptr, gp_pool_class_size(cls));
        gp_link_set(ptr, a->freelist[cls]);
        a->freelist[cls] = ptr;
        a->nfree[cls]++;
    } else {
        gp_block_free(a, ptr);
    }
}

void gp_mem_flush(GpArea *a)
{
    for (uint32_t cls = 0; cls < GP_NCLASSES; cls++) {
        void *b = a->freelist[cls];
        a->freelist[cls] = NULL;
        a->nfree[cls] = 0;
        while (b) {
            void *next = gp_link_get(b);
            gp_pool_free(a, b);
            b = next;
        }
    }
}

size_t gp_mem_usable(size_t size)
{
    if (size <= GP_SMALL_MAX)
        return gp_pool_class_size(gp_pool_class(size));
    return (size + GP_ALIGN - 1) & ~(size_t)(GP_ALIGN - 1);
}

void *gp_mem_realloc(GpArea *a, void *ptr, size_t oldsize, size_t newsize)
{
    if (!ptr)
        return gp_mem_alloc(a, newsize);
    if (oldsize <= GP_SMALL_MAX && newsize <= GP_SMALL_MAX &&
        gp_pool_class(oldsize) == gp_pool_class(newsize)) {
        GP_POISON(ptr, gp_pool_class_size(gp_pool_class(oldsize)));
        GP_UNPOISON(ptr, newsize);
        return ptr;
    }
    if (oldsize > GP_SMALL_MAX && newsize > GP_SMALL_MAX && a->kind != GP_AREA_HIGHER &&
        gp_block_resize(a, ptr, newsize) == 0)
        return ptr;
    void *n = gp_mem_alloc(a, newsize);
    if (!n)
        return NULL;
    memcpy(n, ptr, oldsize < newsize ? oldsize : newsize);
    gp_mem_free(a, ptr, oldsize);
    return n;
}

void gp_mem_trim(GpArea *a)
{
    gp_mem_flush(a);
    gp_pool_trim(a);
    gp_block_trim(a, 0);
}
