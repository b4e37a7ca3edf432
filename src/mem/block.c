/*
 * block.c - large blocks and arenas: a coalescing boundary-tag allocator
 * over an area's break (see block.h for the chunk layout and invariants).
 *
 * Bins: a free chunk of size s goes to bin (f - 5) * 4 + q, where f is the
 * highest set bit of s and q the next two bits: four bins per power of two,
 * so a bin's sizes differ by at most 25%.  A request first scans a few
 * chunks of its own bin (a good fit), then takes the head of the next
 * non-empty bin from the bitmap, whose every chunk is big enough.
 *
 * Top slack: [top, brk) is committed but not yet carved.  When it grows
 * past TRIM_AT (a block or arena at the top was freed), the whole steps
 * beyond KEEP are released, and for the heap the boundary with the shared
 * gap comes down.
 */
#include "mem/block.h"

#include "mem/poison.h"
#include "mem/pool.h"

#define TRIM_AT   (4 * (size_t)GP_COMMIT_STEP)
#define KEEP      ((size_t)GP_COMMIT_STEP)
#define BIN_SCAN  8

#define AT(p, off) ((GpChunk *)((uint8_t *)(p) + (off)))

static unsigned bin_of(size_t s)
{
    unsigned f = 63u - (unsigned)__builtin_clzll((unsigned long long)s);
    return (f - 5) * 4 + (unsigned)((s >> (f - 2)) & 3);
}

static void bin_insert(GpArea *a, GpChunk *c)
{
    unsigned b = bin_of(gp_chunk_size(c));
    c->prev = NULL;
    c->next = a->bins[b];
    if (c->next)
        c->next->prev = c;
    a->bins[b] = c;
    a->binmap[b / 64] |= (uint64_t)1 << (b % 64);
}

static void bin_remove(GpArea *a, GpChunk *c)
{
    unsigned b = bin_of(gp_chunk_size(c));
    if (c->prev)
        c->prev->next = c->next;
    else
        a->bins[b] = c->next;
    if (c->next)
        c->next->prev = c->prev;
    if (!a->bins[b])
        a->binmap[b / 64] &= ~((uint64_t)1 << (b % 64));
}

/* First non-empty bin at or above b, or GP_NBINS. */
static unsigned bin_next(const GpArea *a, unsigned b)
{
    while (b < GP_NBINS) {
        uint64_t m = a->binmap[b / 64] & (~(uint64_t)0 << (b % 64));
        if (m)
            return (b & ~63u) + (unsigned)__builtin_ctzll(m);
        b = (b & ~63u) + 64;
    }
    return GP_NBINS;
}

/* Chunk size for a payload of n bytes; 0 when n is absurd. */
static size_t chunk_need(size_t n)
{
    if (n > SIZE_MAX / 4)
        return 0;
    size_t need = ((n + GP_ALIGN - 1) & ~(size_t)(GP_ALIGN - 1)) + GP_CHUNK_HEADER;
    return need < GP_CHUNK_MIN ? GP_CHUNK_MIN : need;
}

/* Mark a free chunk c of `size` bytes, preceded by an in-use chunk, and
 * bin it.  Its successor learns it is free.  Poison: a free chunk's header
 * and links stay readable, the rest of it is poisoned. */
static void make_free(GpArea *a, GpChunk *c, size_t size)
{
    GP_UNPOISON(c, sizeof *c);
    GP_POISON(c + 1, size - sizeof *c);
    c->head = size | GP_CHUNK_PREV_INUSE;
    GpChunk *n = AT(c, size);
    n->prev_size = size;
    n->head &= ~GP_CHUNK_PREV_INUSE;
    bin_insert(a, c);
}

static void set_prev_inuse(GpArea *a, GpChunk *c)
{
    if ((uint8_t *)c < a->top)
        c->head |= GP_CHUNK_PREV_INUSE;
}

/* Make [top, top + n) committed, growing the break if needed. */
static int ensure_top(GpArea *a, size_t n)
{
    const GpImage *img = a->image;
    if (n > (size_t)(img->base + img->size - a->top))
        return -1;
    if (n <= (size_t)(a->brk - a->top))
        return 0;
    uint8_t *old = a->brk;
    if (gp_area_grow_brk(a, a->top + n) != 0)
        return -1;
    GP_POISON(old, (size_t)(a->brk - old));   /* new top slack */
    return 0;
}

/* Hand out in-use chunk c for a request of `size` bytes: exactly those
 * bytes of its payload are addressable. */
static void *hand_out(GpChunk *c, size_t size)
{
    uint8_t *payload = (uint8_t *)c + GP_CHUNK_HEADER;
    GP_POISON(payload, gp_chunk_size(c) - GP_CHUNK_HEADER);
    GP_UNPOISON(payload, size);
    return payload;
}

/* Carve `need` bytes from the top slack. */
static GpChunk *from_top(GpArea *a, size_t need)
{
    if (ensure_top(a, need) != 0)
        return NULL;
    GpChunk *c = (GpChunk *)a->top;
    GP_UNPOISON(c, GP_CHUNK_HEADER);
    c->head = need | GP_CHUNK_INUSE | GP_CHUNK_PREV_INUSE;
    a->top += need;
    return c;
}

/* Use free chunk c (already unbinned) for `need` bytes; split off the rest. */
static void use_chunk(GpArea *a, GpChunk *c, size_t need)
{
    size_t size = gp_chunk_size(c);
    size_t keep = c->head & GP_CHUNK_PREV_INUSE;
    if (size - need >= GP_CHUNK_MIN) {
        c->head = need | GP_CHUNK_INUSE | keep;
        make_free(a, AT(c, need), size - need);
    } else {
        c->head = size | GP_CHUNK_INUSE | keep;
        set_prev_inuse(a, AT(c, size));
    }
}

void *gp_block_alloc(GpArea *a, size_t size)
{
    size_t need = chunk_need(size);
    if (!need)
        return NULL;
    unsigned b = bin_of(need);
    int scanned = 0;
    for (GpChunk *c = a->bins[b]; c && scanned < BIN_SCAN; c = c->next, scanned++) {
        if (gp_chunk_size(c) >= need) {
            bin_remove(a, c);
            use_chunk(a, c, need);
            return hand_out(c, size);
        }
    }
    b = bin_next(a, b + 1);
    if (b < GP_NBINS) {
        GpChunk *c = a->bins[b];
        bin_remove(a, c);
        use_chunk(a, c, need);
        return hand_out(c, size);
    }
    GpChunk *c = from_top(a, need);
    return c ? hand_out(c, size) : NULL;
}

static void maybe_trim(GpArea *a)
{
    if ((size_t)(a->brk - a->top) > TRIM_AT)
        gp_area_trim_brk(a, KEEP);
}

/* Free chunk c: merge with free neighbours, then bin it or fold it into
 * the top slack. */
static void free_chunk(GpArea *a, GpChunk *c)
{
    size_t size = gp_chunk_size(c);
    if (!(c->head & GP_CHUNK_PREV_INUSE)) {
        GpChunk *p = AT(c, -(ptrdiff_t)c->prev_size);
        bin_remove(a, p);
        size += gp_chunk_size(p);
        c = p;
    }
    GpChunk *n = AT(c, size);
    if ((uint8_t *)n == a->top) {
        GP_POISON(c, size);
        a->top = (uint8_t *)c;
        maybe_trim(a);
        return;
    }
    if (!(n->head & GP_CHUNK_INUSE)) {
        bin_remove(a, n);
        size += gp_chunk_size(n);
    }
    make_free(a, c, size);
}

void gp_block_free(GpArea *a, void *ptr)
{
    free_chunk(a, AT(ptr, -(ptrdiff_t)GP_CHUNK_HEADER));
}

size_t gp_block_size(const void *ptr)
{
    const GpChunk *c = (const GpChunk *)((const uint8_t *)ptr - GP_CHUNK_HEADER);
    return gp_chunk_size(c) - GP_CHUNK_HEADER;
}

/* Cut an in-use chunk c down to `need` bytes; the tail is freed (and merges
 * with whatever free space follows). */
static void shrink_chunk(GpArea *a, GpChunk *c, size_t need)
{
    size_t size = gp_chunk_size(c);
    if (size - need < GP_CHUNK_MIN)
        return;
    c->head = need | (c->head & GP_CHUNK_FLAGS);
    GpChunk *t = AT(c, need);
    GP_UNPOISON(t, GP_CHUNK_HEADER);
    t->head = (size - need) | GP_CHUNK_INUSE | GP_CHUNK_PREV_INUSE;
    free_chunk(a, t);
}

int gp_block_resize(GpArea *a, void *ptr, size_t newsize)
{
    GpChunk *c = AT(ptr, -(ptrdiff_t)GP_CHUNK_HEADER);
    size_t need = chunk_need(newsize);
    size_t size = gp_chunk_size(c);
    if (!need)
        return -1;
    if (need <= size) {
        shrink_chunk(a, c, need);
        hand_out(c, newsize);
        return 0;
    }
    GpChunk *n = AT(c, size);
    size_t more = need - size;
    if ((uint8_t *)n == a->top) {
        if (ensure_top(a, more) != 0)
            return -1;
        c->head = need | (c->head & GP_CHUNK_FLAGS);
        a->top += more;
        hand_out(c, newsize);
        return 0;
    }
    if (n->head & GP_CHUNK_INUSE || gp_chunk_size(n) < more)
        return -1;
    bin_remove(a, n);
    size += gp_chunk_size(n);
    c->head = size | (c->head & GP_CHUNK_FLAGS);
    set_prev_inuse(a, AT(c, size));
    shrink_chunk(a, c, need);
    hand_out(c, newsize);
    return 0;
}

/* ---- arenas ---------------------------------------------------------------- */

/* Where a pool-aligned run of `asz` bytes starts inside [f, f + fsize),
 * leaving a lead of 0 or at least GP_CHUNK_MIN bytes; NULL if none fits. */
static uint8_t *aligned_start(uint8_t *f, size_t fsize, size_t asz)
{
    uintptr_t s = ((uintptr_t)f + GP_POOL_SIZE - 1) & ~(uintptr_t)(GP_POOL_SIZE - 1);
    if (s != (uintptr_t)f && s - (uintptr_t)f < GP_CHUNK_MIN)
        s += GP_POOL_SIZE;
    if (s + asz > (uintptr_t)f + fsize)
        return NULL;
    return (uint8_t *)s;
}

/* An arena's pool 0 header is addressable; its other pools are not until
 * pool.c takes them. */
static void arena_poison(GpChunk *c, size_t csize)
{
    GP_UNPOISON(c, GP_POOL_HEADER);
    GP_POISON((uint8_t *)c + GP_POOL_HEADER, csize - GP_POOL_HEADER);
}

/* Place an arena at `start` inside the free, unbinned chunk f. */
static GpPool *arena_in_free(GpArea *a, GpChunk *f, uint8_t *start, size_t asz)
{
    size_t fsize = gp_chunk_size(f);
    uint8_t *fend = (uint8_t *)f + fsize;
    size_t lead = (size_t)(start - (uint8_t *)f);
    size_t tail = (size_t)(fend - (start + asz));
    size_t csize = tail < GP_CHUNK_MIN ? asz + tail : asz;
    GpChunk *c = (GpChunk *)start;
    size_t prevbit = f->head & GP_CHUNK_PREV_INUSE;
    arena_poison(c, csize);
    if (lead) {
        f->head = lead | prevbit;
        bin_insert(a, f);
        c->prev_size = lead;
        prevbit = 0;
    }
    c->head = csize | GP_CHUNK_INUSE | GP_CHUNK_ARENA | prevbit;
    if (csize < asz + tail)
        make_free(a, AT(c, csize), tail);
    else
        set_prev_inuse(a, AT(c, csize));
    return (GpPool *)c;
}

GpPool *gp_block_alloc_arena(GpArea *a)
{
    size_t asz = (size_t)a->arena_pools * GP_POOL_SIZE;
    /* Reuse free space first: a freed arena is exactly asz and aligned. */
    int scanned = 0;
    for (unsigned b = bin_next(a, bin_of(asz)); b < GP_NBINS && scanned < 4 * BIN_SCAN;
         b = bin_next(a, b + 1)) {
        for (GpChunk *f = a->bins[b]; f && scanned < 4 * BIN_SCAN; f = f->next, scanned++) {
            uint8_t *start = aligned_start((uint8_t *)f, gp_chunk_size(f), asz);
            if (start) {
                bin_remove(a, f);
                return arena_in_free(a, f, start, asz);
            }
        }
    }
    /* Carve from the top, aligned; a lead gap becomes a free chunk. */
    uint8_t *start = (uint8_t *)(((uintptr_t)a->top + GP_POOL_SIZE - 1) &
                                 ~(uintptr_t)(GP_POOL_SIZE - 1));
    if (start != a->top && (size_t)(start - a->top) < GP_CHUNK_MIN)
        start += GP_POOL_SIZE;
    size_t lead = (size_t)(start - a->top);
    if (ensure_top(a, lead + asz) != 0)
        return NULL;
    size_t prevbit = GP_CHUNK_PREV_INUSE;
    arena_poison((GpChunk *)start, asz);
    if (lead) {
        GpChunk *g = (GpChunk *)a->top;
        GP_UNPOISON(g, sizeof *g);
        g->head = lead | GP_CHUNK_PREV_INUSE;
        bin_insert(a, g);
        prevbit = 0;
    }
    GpChunk *c = (GpChunk *)start;
    c->prev_size = lead;
    c->head = asz | GP_CHUNK_INUSE | GP_CHUNK_ARENA | prevbit;
    a->top = start + asz;
    return (GpPool *)c;
}

void gp_block_free_arena(GpArea *a, GpPool *arena)
{
    free_chunk(a, (GpChunk *)arena);
}

void gp_block_trim(GpArea *a, size_t keep)
{
    gp_area_trim_brk(a, keep);
}
