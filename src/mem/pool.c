/*
 * pool.c - the slow paths of the small-object allocator (fast paths are
 * inline in pool.h).
 *
 * Policies, and why:
 * - usedpools[cls] is most-recently-freed first: a free moves its pool to
 *   the front, so the block freed last is the next one handed out, and the
 *   memory handed out is the memory most likely still in cache.
 * - A pool that becomes empty goes back to its arena, except when it is the
 *   only pool of its class: keeping that one avoids giving a pool away and
 *   taking it back on every alloc/free pair of a lone object.
 * - New pools come from the lowest-addressed arena that has one, so live
 *   data packs toward the bottom of the heap and the arenas at the top are
 *   the ones that empty.  An arena that empties is returned to the block
 *   allocator at once; if it was at the top, the heap top comes down.
 */
#include "mem/pool.h"

#include "mem/block.h"

static void init_pool(GpPool *p, uint32_t cls)
{
    size_t csize = gp_pool_class_size(cls);
    p->cls = cls;
    p->ref = 0;
    p->freeblock = (uint8_t *)p + GP_POOL_HEADER;
    GP_POISON(p->freeblock, GP_POOL_SIZE - GP_POOL_HEADER);
    gp_link_set(p->freeblock, NULL);
    p->nextoffset = (uint32_t)(GP_POOL_HEADER + csize);
    p->maxnextoffset = (uint32_t)(GP_POOL_SIZE - csize);
}

static void push_front(GpArea *a, GpPool *p)
{
    GpPool *head = a->usedpools[p->cls];
    p->prev = NULL;
    p->next = head;
    if (head)
        head->prev = p;
    a->usedpools[p->cls] = p;
}

static void unlink_used(GpArea *a, GpPool *p)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        a->usedpools[p->cls] = p->next;
    if (p->next)
        p->next->prev = p->prev;
    p->next = p->prev = NULL;
}

/* ---- arenas --------------------------------------------------------------- */

static void insert_usable(GpArea *a, GpPool *arena)
{
    GpPool *prev = NULL, *cur = a->usable_arenas;
    while (cur && cur < arena) {
        prev = cur;
        cur = cur->nextarena;
    }
    arena->prevarena = prev;
    arena->nextarena = cur;
    if (cur)
        cur->prevarena = arena;
    if (prev)
        prev->nextarena = arena;
    else
        a->usable_arenas = arena;
}

static void remove_usable(GpArea *a, GpPool *arena)
{
    if (arena->prevarena)
        arena->prevarena->nextarena = arena->nextarena;
    else
        a->usable_arenas = arena->nextarena;
    if (arena->nextarena)
        arena->nextarena->prevarena = arena->prevarena;
    arena->nextarena = arena->prevarena = NULL;
}

static GpPool *new_arena(GpArea *a)
{
    GpPool *arena = gp_block_alloc_arena(a);
    if (!arena)
        return NULL;
    arena->ntotalpools = a->arena_pools;
    arena->nfreepools = a->arena_pools;
    arena->nuntouched = a->arena_pools;
    arena->freepools = NULL;
    a->narenas++;
    insert_usable(a, arena);
    return arena;
}

static void release_arena(GpArea *a, GpPool *arena)
{
    remove_usable(a, arena);
    a->narenas--;
    gp_block_free_arena(a, arena);
}

/* Take an empty pool from the lowest usable arena, making one if needed. */
static GpPool *take_pool(GpArea *a)
{
    GpPool *arena = a->usable_arenas;
    if (!arena && !(arena = new_arena(a)))
        return NULL;
    GpPool *p = arena->freepools;
    if (p) {
        arena->freepools = p->next;
        p->idle = 0;
    } else {
        uint32_t i = arena->ntotalpools - arena->nuntouched;
        arena->nuntouched--;
        p = (GpPool *)((uint8_t *)arena + (size_t)i * GP_POOL_SIZE);
        GP_UNPOISON(p, GP_POOL_HEADER);
        p->arena = arena;
        p->idle = 0;
        p->cls = UINT32_MAX;
    }
    if (--arena->nfreepools == 0)
        remove_usable(a, arena);
    return p;
}

static void give_pool(GpArea *a, GpPool *p)
{
    GpPool *arena = p->arena;
    p->idle = GP_POOL_IDLE;
    p->next = arena->freepools;
    p->prev = NULL;
    arena->freepools = p;
    if (++arena->nfreepools == 1)
        insert_usable(a, arena);
    if (arena->nfreepools == arena->ntotalpools)
        release_arena(a, arena);
}

/* ---- slow paths ------------------------------------------------------------ */

void *gp_pool_alloc_slow(GpArea *a, size_t size)
{
    uint32_t cls = gp_pool_class(size);
    GpPool *p = take_pool(a);
    if (!p)
        return NULL;
    /* A pool last used for the same class keeps its free list as it was. */
    if (p->cls != cls)
        init_pool(p, cls);
    push_front(a, p);
    uint8_t *b = p->freeblock;
    p->ref++;
    if ((p->freeblock = gp_link_get(b)) == NULL)
        gp_pool_refill(a, p);
    GP_UNPOISON(b, size);
    return b;
}

/* The head pool's free list ran dry: carve the next block, or the pool is
 * full and leaves the list. */
void gp_pool_refill(GpArea *a, GpPool *p)
{
    if (p->nextoffset <= p->maxnextoffset) {
        p->freeblock = (uint8_t *)p + p->nextoffset;
        gp_link_set(p->freeblock, NULL);
        p->nextoffset += (uint32_t)gp_pool_class_size(p->cls);
        return;
    }
    unlink_used(a, p);
}

void gp_pool_free_slow(GpArea *a, GpPool *p, int wasfull)
{
    if (wasfull) {
        push_front(a, p);
    } else if (a->usedpools[p->cls] != p) {
        unlink_used(a, p);
        push_front(a, p);
    }
    /* An empty pool is kept only while it is its class's sole pool: now
     * that another pool has come in front of it, it goes back. */
    GpPool *behind = p->next;
    if (behind && behind->ref == 0) {
        unlink_used(a, behind);
        give_pool(a, behind);
    }
    if (p->ref != 0 || p->next == NULL)
        return;
    unlink_used(a, p);
    give_pool(a, p);
}

void gp_pool_trim(GpArea *a)
{
    for (uint32_t cls = 0; cls < GP_NCLASSES; cls++) {
        GpPool *p = a->usedpools[cls];
        while (p) {
            GpPool *next = p->next;
            if (p->ref == 0) {
                unlink_used(a, p);
                give_pool(a, p);
            }
            p = next;
        }
    }
}
