/*
 * block.h - large blocks: a coalescing boundary-tag free-list allocator.
 *
 * An area's chunk region [lo, top) is a sequence of chunks, each starting
 * with a 16-byte header; the payload follows, 16-byte aligned:
 *
 *   +-----------+-----------+---------------------------------+
 *   | prev_size | head      | payload (when free: next, prev) |
 *   +-----------+-----------+---------------------------------+
 *   head = chunk size (a multiple of 16) | INUSE | PREV_INUSE | ARENA
 *   prev_size is valid only when the previous chunk is free.
 *
 * Free chunks sit in 256 segregated bins (4 per power of two) with a bitmap
 * of the non-empty ones, so finding a fit is a few bit operations.  A freed
 * chunk merges with free neighbours at once; a free chunk that reaches the
 * top merges into the top slack, and slack beyond a threshold is given
 * back to the shared gap (the heap top comes down).
 *
 * Invariants (checked by gp_block_check): chunks tile [lo, top) exactly; no
 * two free chunks are adjacent; the chunk just below top is in use; every
 * free chunk is in the bin its size maps to; PREV_INUSE matches.
 */
#ifndef GP_MEM_BLOCK_H
#define GP_MEM_BLOCK_H

#include "mem/image.h"

#define GP_CHUNK_INUSE      ((size_t)1)
#define GP_CHUNK_PREV_INUSE ((size_t)2)
#define GP_CHUNK_ARENA      ((size_t)4)   /* payload is an arena of pools */
#define GP_CHUNK_FLAGS      ((size_t)15)
#define GP_CHUNK_HEADER     ((size_t)16)
#define GP_CHUNK_MIN        ((size_t)32)

struct GpChunk {
    size_t prev_size;
    size_t head;
    GpChunk *next, *prev;    /* free chunks only */
};

static inline size_t gp_chunk_size(const GpChunk *c)
{
    return c->head & ~GP_CHUNK_FLAGS;
}

/* Large block of at least `size` bytes; NULL when the area is full. */
void *gp_block_alloc(GpArea *a, size_t size);
void gp_block_free(GpArea *a, void *ptr);
/* Resize in place if the neighbour allows; returns 0 or -1 (unchanged). */
int gp_block_resize(GpArea *a, void *ptr, size_t newsize);
/* The payload size of a live block. */
size_t gp_block_size(const void *ptr);

/* An arena: arena_pools pools, the first at a pool-aligned address that
 * is also the chunk's address (its header lives in pool 0's first bytes). */
GpPool *gp_block_alloc_arena(GpArea *a);
void gp_block_free_arena(GpArea *a, GpPool *arena);

/* Give back slack above top beyond `keep` bytes. */
void gp_block_trim(GpArea *a, size_t keep);

#endif
