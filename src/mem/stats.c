/*
 * stats.c - statistics and the heap verifier, both computed by walking the
 * areas: chunks from lo to top, the pools of every arena chunk, the frames
 * from sp to hi.  Nothing here runs on an allocation path.
 */
#include "mem/stats.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mem/block.h"
#include "mem/poison.h"
#include "mem/pool.h"
#include "mem/stack.h"

static int is_block_area(GpAreaKind k)
{
    return k == GP_AREA_TEXT || k == GP_AREA_STATIC || k == GP_AREA_GLOBAL ||
           k == GP_AREA_HEAP;
}

static size_t pool_capacity(uint32_t cls)
{
    return (GP_POOL_SIZE - GP_POOL_HEADER) / gp_pool_class_size(cls);
}

static GpPool *arena_pool(GpPool *arena, uint32_t i)
{
    return (GpPool *)((uint8_t *)arena + (size_t)i * GP_POOL_SIZE);
}

/* A pool that holds blocks of a class: touched and not idle. */
static int pool_active(GpPool *arena, uint32_t i)
{
    return i < arena->ntotalpools - arena->nuntouched && !arena_pool(arena, i)->idle;
}

static void walk_blocks(GpArea *a, GpAreaStats *st, GpClassStats *cs)
{
    size_t freebytes = 0;
    for (uint8_t *p = a->lo; p < a->top;) {
        GpChunk *c = (GpChunk *)p;
        size_t size = gp_chunk_size(c);
        if (!(c->head & GP_CHUNK_INUSE)) {
            st->free_chunks++;
            freebytes += size - GP_CHUNK_HEADER;
            st->overhead += GP_CHUNK_HEADER;
            if (size - GP_CHUNK_HEADER > st->largest_free)
                st->largest_free = size - GP_CHUNK_HEADER;
        } else if (c->head & GP_CHUNK_ARENA) {
            GpPool *arena = (GpPool *)c;
            st->arenas++;
            /* bytes past the last pool (an absorbed tail) count as overhead */
            st->overhead += size - (size_t)arena->ntotalpools * GP_POOL_SIZE;
            for (uint32_t i = 0; i < arena->ntotalpools; i++) {
                GpPool *pool = arena_pool(arena, i);
                if (!pool_active(arena, i)) {
                    st->pools_empty++;
                    freebytes += GP_POOL_SIZE;
                    continue;
                }
                size_t csize = gp_pool_class_size(pool->cls);
                size_t cap = pool_capacity(pool->cls);
                st->pools++;
                if (pool->ref == 0)
                    st->pools_empty++;
                st->small_blocks += pool->ref;
                st->used += pool->ref * csize;
                st->overhead += GP_POOL_SIZE - cap * csize;
                freebytes += (cap - pool->ref) * csize;
                if (cs) {
                    cs[pool->cls].in_use += pool->ref;
                    cs[pool->cls].free += cap - pool->ref;
                    cs[pool->cls].pools++;
                }
            }
        } else {
            st->large_blocks++;
            st->used += size - GP_CHUNK_HEADER;
            st->overhead += GP_CHUNK_HEADER;
        }
        p += size;
    }
    /* blocks on the per-class free lists are in use to their pools */
    for (uint32_t cls = 0; cls < GP_NCLASSES; cls++) {
        size_t csize = gp_pool_class_size(cls);
        for (void *b = a->freelist[cls]; b; b = gp_link_get(b)) {
            st->small_blocks--;
            st->used -= csize;
            freebytes += csize;
            if (cs) {
                cs[cls].in_use--;
                cs[cls].free++;
            }
        }
    }
    size_t slack = (size_t)(a->brk - a->top);
    if (slack > st->largest_free)
        st->largest_free = slack;
    freebytes += slack;
    st->blocks = st->small_blocks + st->large_blocks;
    st->free = freebytes;
}

void gp_stats_area(GpImage *img, GpAreaKind kind, GpAreaStats *st)
{
    GpArea *a = &img->areas[kind];
    memset(st, 0, sizeof *st);
    st->kind = kind;
    st->name = gp_area_name(kind);
    st->lo = (uintptr_t)a->lo;
    st->hi = (uintptr_t)a->hi;
    st->reserved = (size_t)(a->hi - a->lo);
    if (is_block_area(kind)) {
        st->committed = (size_t)(a->brk - a->lo);
        walk_blocks(a, st, NULL);
        if (kind != GP_AREA_HEAP) {
            /* a fixed area's uncommitted reserve is its own to grow into */
            size_t reserve = (size_t)(a->hi - a->brk);
            st->free += reserve;
            if ((size_t)(a->hi - a->top) > st->largest_free)
                st->largest_free = (size_t)(a->hi - a->top);
        }
    } else if (kind == GP_AREA_STACK) {
        st->committed = st->reserved;
        st->blocks = a->nframes;
        st->overhead = a->nframes * sizeof(GpFrameHeader);
        st->used = (size_t)(a->hi - a->sp) - st->overhead;
        st->free = (size_t)(a->sp - a->lo);
        st->largest_free = st->free;
        st->peak_used = a->peak_used;
    } else if (kind == GP_AREA_HIGHER) {
        st->committed = st->reserved;
        st->used = img->higher_used;
        st->free = st->reserved - st->used;
        st->largest_free = st->free;
        st->blocks = (size_t)img->argc + img->higher_objects;
        for (char **e = img->envp; *e; e++)
            st->blocks++;
    } else {
        /* shared: the uncommitted gap, all of it free for heap or stack */
        st->free = st->reserved;
        st->largest_free = st->free;
    }
    st->fragmentation = st->free ? 1.0 - (double)st->largest_free / (double)st->free : 0.0;
}

void gp_stats_classes(GpImage *img, GpAreaKind kind, GpClassStats *out)
{
    memset(out, 0, GP_NCLASSES * sizeof *out);
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        out[c].size = gp_pool_class_size(c);
    if (!is_block_area(kind))
        return;
    GpAreaStats st;
    memset(&st, 0, sizeof st);
    walk_blocks(&img->areas[kind], &st, out);
}

/* ---- the verifier ---------------------------------------------------------- */

typedef struct Check {
    char *err;
    size_t len;
    int bad;
} Check;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int fail(Check *ck, const char *fmt, ...)
{
    if (!ck->bad && ck->err && ck->len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ck->err, ck->len, fmt, ap);
        va_end(ap);
    }
    ck->bad = 1;
    return -1;
}

static int check_pool(Check *ck, GpArea *a, GpPool *arena, GpPool *pool)
{
    if (pool->arena != arena)
        return fail(ck, "%s: pool %p names arena %p, lies in %p", a->name,
                    (void *)pool, (void *)pool->arena, (void *)arena);
    if (pool->cls >= GP_NCLASSES)
        return fail(ck, "%s: pool %p has class %u", a->name, (void *)pool, pool->cls);
    size_t csize = gp_pool_class_size(pool->cls);
    size_t carved = (pool->nextoffset - GP_POOL_HEADER) / csize;
    if (carved > pool_capacity(pool->cls) || pool->ref > carved)
        return fail(ck, "%s: pool %p: ref %u, carved %zu", a->name, (void *)pool,
                    pool->ref, carved);
    size_t nfree = 0;
    for (uint8_t *b = pool->freeblock; b; b = gp_link_get(b)) {
        size_t off = (size_t)(b - (uint8_t *)pool);
        if (gp_pool_of(b) != pool || off < GP_POOL_HEADER ||
            off >= pool->nextoffset || (off - GP_POOL_HEADER) % csize)
            return fail(ck, "%s: pool %p: bad free block %p", a->name, (void *)pool,
                        (void *)b);
        if (++nfree > carved)
            return fail(ck, "%s: pool %p: free list loops", a->name, (void *)pool);
    }
    /* the head block of the list may be the next uncarved one */
    if (nfree + pool->ref != carved && nfree + pool->ref != carved + 1)
        return fail(ck, "%s: pool %p: %zu free + %u used != %zu carved", a->name,
                    (void *)pool, nfree, pool->ref, carved);
    return 0;
}

static int check_arena(Check *ck, GpArea *a, GpPool *arena)
{
    if ((uintptr_t)arena % GP_POOL_SIZE)
        return fail(ck, "%s: arena %p not pool-aligned", a->name, (void *)arena);
    if (arena->ntotalpools != a->arena_pools || arena->nuntouched > arena->ntotalpools)
        return fail(ck, "%s: arena %p: %u pools, %u untouched", a->name, (void *)arena,
                    arena->ntotalpools, arena->nuntouched);
    uint32_t idle = 0, nidle = 0;
    for (GpPool *p = arena->freepools; p; p = p->next) {
        if (p->arena != arena || !p->idle || ++nidle > arena->ntotalpools)
            return fail(ck, "%s: arena %p: bad idle pool %p", a->name, (void *)arena,
                        (void *)p);
    }
    for (uint32_t i = 0; i < arena->ntotalpools - arena->nuntouched; i++) {
        GpPool *p = arena_pool(arena, i);
        if (p->idle) {
            idle++;
            continue;
        }
        if (check_pool(ck, a, arena, p))
            return -1;
    }
    if (idle != nidle || arena->nfreepools != idle + arena->nuntouched)
        return fail(ck, "%s: arena %p: %u idle pools, %u listed, nfreepools %u", a->name,
                    (void *)arena, idle, nidle, arena->nfreepools);
    if (arena->nfreepools == arena->ntotalpools)
        return fail(ck, "%s: arena %p is empty but kept", a->name, (void *)arena);
    return 0;
}

static int check_block_area(Check *ck, GpArea *a)
{
    if (!(a->lo <= a->top && a->top <= a->brk && a->brk <= a->hi))
        return fail(ck, "%s: lo %p top %p brk %p hi %p out of order", a->name,
                    (void *)a->lo, (void *)a->top, (void *)a->brk, (void *)a->hi);
    size_t nfree = 0, narenas = 0;
    int prev_inuse = 1;
    for (uint8_t *p = a->lo; p < a->top;) {
        GpChunk *c = (GpChunk *)p;
        size_t size = gp_chunk_size(c);
        int inuse = (c->head & GP_CHUNK_INUSE) != 0;
        if (size < GP_CHUNK_MIN || size % GP_ALIGN || size > (size_t)(a->top - p))
            return fail(ck, "%s: chunk %p has size %zu", a->name, (void *)c, size);
        if (((c->head & GP_CHUNK_PREV_INUSE) != 0) != prev_inuse)
            return fail(ck, "%s: chunk %p: PREV_INUSE wrong", a->name, (void *)c);
        if (!prev_inuse && !inuse)
            return fail(ck, "%s: free chunks adjacent at %p", a->name, (void *)c);
        if (!inuse) {
            nfree++;
            GpChunk *n = (GpChunk *)(p + size);
            if ((uint8_t *)n >= a->top)
                return fail(ck, "%s: free chunk %p touches top", a->name, (void *)c);
            if (n->prev_size != size)
                return fail(ck, "%s: chunk %p: footer %zu != %zu", a->name, (void *)n,
                            n->prev_size, size);
            unsigned b = 0;
            GpChunk *x = NULL;
            for (b = 0; b < GP_NBINS && !x; b++)
                for (x = a->bins[b]; x && x != c; x = x->next)
                    ;
            if (!x)
                return fail(ck, "%s: free chunk %p is in no bin", a->name, (void *)c);
        } else if (c->head & GP_CHUNK_ARENA) {
            narenas++;
            if (check_arena(ck, a, (GpPool *)c))
                return -1;
        }
        prev_inuse = inuse;
        p += size;
    }
    if (!prev_inuse)
        return fail(ck, "%s: the chunk below top is free", a->name);
    size_t nbinned = 0;
    for (unsigned b = 0; b < GP_NBINS; b++) {
        int bit = (a->binmap[b / 64] >> (b % 64)) & 1;
        if (bit != (a->bins[b] != NULL))
            return fail(ck, "%s: bin %u bitmap wrong", a->name, b);
        for (GpChunk *x = a->bins[b]; x; x = x->next)
            if (++nbinned > nfree)
                return fail(ck, "%s: more binned chunks than free chunks", a->name);
    }
    if (nbinned != nfree)
        return fail(ck, "%s: %zu free chunks, %zu binned", a->name, nfree, nbinned);
    if (narenas != a->narenas)
        return fail(ck, "%s: %zu arenas found, %zu counted", a->name, narenas, a->narenas);
    for (uint32_t cls = 0; cls < GP_NCLASSES; cls++) {
        uint32_t n = 0;
        size_t csize = gp_pool_class_size(cls);
        for (uint8_t *b = a->freelist[cls]; b; b = gp_link_get(b)) {
            GpPool *p = gp_pool_of(b);
            size_t off = (size_t)(b - (uint8_t *)p);
            if (++n > a->nfree[cls] || (uint8_t *)p < a->lo || (uint8_t *)p >= a->top ||
                p->cls != cls || p->idle || p->ref == 0 || off < GP_POOL_HEADER ||
                off >= p->nextoffset || (off - GP_POOL_HEADER) % csize)
                return fail(ck, "%s: free list %u holds bad block %p", a->name, cls,
                            (void *)b);
        }
        if (n != a->nfree[cls])
            return fail(ck, "%s: free list %u has %u blocks, counted %u", a->name, cls, n,
                        a->nfree[cls]);
    }
    for (uint32_t cls = 0; cls < GP_NCLASSES; cls++)
        for (GpPool *p = a->usedpools[cls]; p; p = p->next)
            if (p->cls != cls || p->idle || !p->freeblock || (p->next && p->next->prev != p))
                return fail(ck, "%s: usedpools[%u] holds bad pool %p", a->name, cls,
                            (void *)p);
    return 0;
}

int gp_stats_check(GpImage *img, char *err, size_t errlen)
{
    Check ck = {err, errlen, 0};
    GpArea *ar = img->areas;
    uint8_t *expect = img->base;
    for (int k = 0; k < GP_AREA_COUNT; k++) {
        if (ar[k].lo != expect || ar[k].hi < ar[k].lo)
            return fail(&ck, "area %s [%p, %p) does not follow %p", ar[k].name,
                        (void *)ar[k].lo, (void *)ar[k].hi, (void *)expect);
        expect = ar[k].hi;
    }
    if (expect != img->base + img->size)
        return fail(&ck, "areas end at %p, image at %p", (void *)expect,
                    (void *)(img->base + img->size));
    if (ar[GP_AREA_HEAP].brk != ar[GP_AREA_HEAP].hi)
        return fail(&ck, "heap brk %p != hi %p", (void *)ar[GP_AREA_HEAP].brk,
                    (void *)ar[GP_AREA_HEAP].hi);
    for (int k = GP_AREA_TEXT; k <= GP_AREA_HEAP; k++)
        if (check_block_area(&ck, &ar[k]))
            return -1;
    GpArea *s = &ar[GP_AREA_STACK];
    if (s->sp < s->lo || s->sp > s->hi)
        return fail(&ck, "stack pointer %p outside [%p, %p)", (void *)s->sp,
                    (void *)s->lo, (void *)s->hi);
    size_t n = 0;
    for (uint8_t *p = s->sp; p < s->hi; n++) {
        GpFrameHeader *h = (GpFrameHeader *)p;
        if (h->size < sizeof *h || h->size % GP_ALIGN || h->size > (size_t)(s->hi - p) ||
            h->seq + 1 + n != s->nframes)
            return fail(&ck, "stack: bad frame at %p", (void *)p);
        p += h->size;
    }
    if (n != s->nframes)
        return fail(&ck, "stack: %zu frames found, %zu counted", n, s->nframes);
    return 0;
}
