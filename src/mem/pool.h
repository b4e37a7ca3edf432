/*
 * pool.h - the small-object allocator: size classes, pools and arenas.
 *
 * A request of n <= 512 bytes is served from size class (n-1)/16, whose
 * blocks are 16*(class+1) bytes.  Blocks of one class are carved from a
 * 4 KiB pool (a pool holds one class); pools are carved from an arena of
 * up to 64 pools, and an arena is one large block of its area (block.c).
 *
 *   pool (4 KiB, aligned to 4 KiB)
 *   +--------+--------+--------+-----+--------+---------------+
 *   | header | block0 | block1 | ... | blockK | never carved  |
 *   +--------+--------+--------+-----+--------+---------------+
 *   ^ pool = block & ~(4 KiB - 1)
 *
 * Pool states: USED (some blocks free; on usedpools[class]), FULL (on no
 * list), EMPTY (on its arena's freepools list).  A free pushes the block on
 * its pool's free list and moves the pool to the front of usedpools[class],
 * so the block freed last is the first handed out again (LIFO reuse).
 */
#ifndef GP_MEM_POOL_H
#define GP_MEM_POOL_H

#include "mem/image.h"
#include "mem/poison.h"

struct GpPool {
    uint8_t chunkhead[16];   /* pool 0: the arena's chunk header (block.c) */
    uint8_t *freeblock;      /* first free block; NULL when full */
    GpPool *next, *prev;     /* usedpools[cls] list, or arena's freepools */
    GpPool *arena;           /* pool 0 of this pool's arena */
    uint32_t ref;            /* blocks in use */
    uint32_t cls;            /* size class */
    uint32_t nextoffset;     /* next never-carved block */
    uint32_t maxnextoffset;  /* last offset a block fits at */
    uint32_t idle;           /* GP_POOL_IDLE when on arena->freepools */
    /* arena fields: meaningful in pool 0 only */
    uint32_t nfreepools;     /* empty pools (idle or untouched) */
    uint32_t ntotalpools;
    uint32_t nuntouched;     /* pools never used, at the arena's end */
    GpPool *freepools;       /* idle pools, ready for any class */
    GpPool *nextarena, *prevarena;   /* area->usable_arenas, by address */
};

#define GP_POOL_HEADER  ((uint32_t)((sizeof(GpPool) + GP_ALIGN - 1) & ~(size_t)(GP_ALIGN - 1)))

#define GP_POOL_IDLE 1u      /* GpPool.idle: on its arena's freepools */

/* Slow paths (pool.c). */
void *gp_pool_alloc_slow(GpArea *a, size_t size);
void gp_pool_refill(GpArea *a, GpPool *p);
void gp_pool_free_slow(GpArea *a, GpPool *p, int wasfull);
/* Release empty pools kept for reuse and arenas left wholly empty. */
void gp_pool_trim(GpArea *a);

#if defined(__GNUC__)
#define GP_LIKELY(x)   __builtin_expect(!!(x), 1)
#define GP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define GP_LIKELY(x)   (x)
#define GP_UNLIKELY(x) (x)
#endif

static inline GpPool *gp_pool_of(const void *ptr)
{
    return (GpPool *)((uintptr_t)ptr & ~(uintptr_t)(GP_POOL_SIZE - 1));
}

static inline uint32_t gp_pool_class(size_t size)
{
    return size == 0 ? 0 : (uint32_t)((size - 1) >> 4);
}

static inline size_t gp_pool_class_size(uint32_t cls)
{
    return (size_t)(cls + 1) * GP_ALIGN;
}

/* The fast paths: a pop and a push on the head pool's free list. */
static inline void *gp_pool_alloc(GpArea *a, size_t size)
{
    uint32_t cls = gp_pool_class(size);
    GpPool *p = a->usedpools[cls];
    if (GP_UNLIKELY(p == NULL))
        return gp_pool_alloc_slow(a, size);
    uint8_t *b = p->freeblock;
    p->ref++;
    if (GP_UNLIKELY((p->freeblock = gp_link_get(b)) == NULL))
        gp_pool_refill(a, p);
    GP_UNPOISON(b, size);
    return b;
}

static inline void gp_pool_free(GpArea *a, void *ptr)
{
    GpPool *p = gp_pool_of(ptr);
    uint8_t *last = p->freeblock;
    GP_POISON(ptr, gp_pool_class_size(p->cls));
    gp_link_set(ptr, last);
    p->freeblock = ptr;
    p->ref--;
    if (GP_LIKELY(a->usedpools[p->cls] == p && p->ref != 0))
        return;
    gp_pool_free_slow(a, p, last == NULL);
}

#endif
