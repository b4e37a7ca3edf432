/*
 * mem.c - the one door: route a request to the pools or the block
 * allocator of an area.  See mem.h.
 */
#include "mem/mem.h"

#include <string.h>

#include "mem/block.h"
#include "mem/pool.h"

void *gp_mem_alloc(GpArea *a, size_t size)
{
    if (GP_LIKELY(size <= GP_SMALL_MAX))
        return gp_pool_alloc(a, size);
    return gp_block_alloc(a, size);
}

void gp_mem_free(GpArea *a, void *ptr, size_t size)
{
    if (!ptr)
        return;
    if (GP_LIKELY(size <= GP_SMALL_MAX))
        gp_pool_free(a, ptr);
    else
        gp_block_free(a, ptr);
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
        gp_pool_class(oldsize) == gp_pool_class(newsize))
        return ptr;
    if (oldsize > GP_SMALL_MAX && newsize > GP_SMALL_MAX &&
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
    gp_pool_trim(a);
    gp_block_trim(a, 0);
}
