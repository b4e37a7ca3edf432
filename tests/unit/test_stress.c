/*
 * test_stress.c - exhaustion of small images, and a long random workload
 * checked against a shadow model.
 *
 * The shadow model of the stress test:
 *   - every live block and frame is in an array {ptr, size, seed, area};
 *     its bytes are filled from the seed and verified before it is freed,
 *     popped or resized, and all of them every CHECK_EVERY operations;
 *   - a bitmap with one bit per 16-byte granule of the image marks the
 *     bytes that live blocks and frames occupy (their usable size), so a
 *     block handed out over a live one is caught at the very operation,
 *     in time proportional to its size;
 *   - every SORT_EVERY operations the live set is also sorted by address
 *     and checked for overlap independently of the bitmap;
 *   - gp_stats_check runs every CHECK_EVERY operations, and the heap's
 *     block count and used bytes are compared with the model's.
 */
#include <time.h>

#include "testutil.h"

#include "mem/block.h"
#include "mem/pool.h"
#include "mem/stack.h"

/* ---- word-wise fill patterns (faster than tu_fill for big volumes) -------- */

static inline uint64_t pat_word(uint64_t seed, size_t i)
{
    uint64_t x = seed ^ ((uint64_t)(i + 1) * 0x9E3779B97F4A7C15ull);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    return x ^ (x >> 29);
}

static void pat_fill(uint8_t *p, size_t n, uint64_t seed)
{
    size_t words = n / 8;
    for (size_t i = 0; i < words; i++) {
        uint64_t w = pat_word(seed, i);
        memcpy(p + 8 * i, &w, 8);
    }
    if (n % 8) {
        uint64_t w = pat_word(seed, words);
        memcpy(p + 8 * words, &w, n % 8);
    }
}

/* Offset of the first wrong byte, or -1. */
static long pat_check(const uint8_t *p, size_t n, uint64_t seed)
{
    size_t words = n / 8;
    for (size_t i = 0; i < words; i++) {
        uint64_t w = pat_word(seed, i), got;
        memcpy(&got, p + 8 * i, 8);
        if (got != w) {
            for (size_t j = 0; j < 8; j++)
                if (p[8 * i + j] != (uint8_t)(w >> (8 * j)))
                    return (long)(8 * i + j);
        }
    }
    if (n % 8) {
        uint64_t w = pat_word(seed, words);
        for (size_t j = 0; j < n % 8; j++)
            if (p[8 * words + j] != (uint8_t)(w >> (8 * j)))
                return (long)(8 * words + j);
    }
    return -1;
}

#define PAT_VERIFY(p, n, seed, what) do {                                         \
        long bad_ = pat_check((p), (n), (seed));                                  \
        if (bad_ >= 0)                                                            \
            fail_msg("%s %p (%zu bytes): byte %ld corrupted", (what),              \
                     (void *)(p), (size_t)(n), bad_);                             \
    } while (0)

/* ---- exhaustion of small images ---------------------------------------------- */

typedef struct Live {
    uint8_t *p;
    size_t n;
    uint64_t seed;
    GpArea *area;       /* NULL for a stack frame */
} Live;

typedef struct Vec {
    Live *v;
    size_t n, cap;
} Vec;

static void vec_push(Vec *v, Live x)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 4096;
        v->v = realloc(v->v, v->cap * sizeof *v->v);
        assert_non_null(v->v);
    }
    v->v[v->n++] = x;
}

static int stats_equal(const GpAreaStats *a, const GpAreaStats *b)
{
    return a->lo == b->lo && a->hi == b->hi && a->reserved == b->reserved &&
           a->committed == b->committed && a->used == b->used &&
           a->overhead == b->overhead && a->free == b->free && a->blocks == b->blocks &&
           a->arenas == b->arenas && a->pools == b->pools &&
           a->pools_empty == b->pools_empty && a->free_chunks == b->free_chunks &&
           a->largest_free == b->largest_free;
}

static void print_stats(const char *what, const GpAreaStats *s)
{
    print_message("# %s: lo %#lx hi %#lx committed %zu used %zu overhead %zu free %zu "
                  "blocks %zu arenas %zu pools %zu/%zu free_chunks %zu largest %zu\n",
                  what, (unsigned long)s->lo, (unsigned long)s->hi, s->committed, s->used,
                  s->overhead, s->free, s->blocks, s->arenas, s->pools, s->pools_empty,
                  s->free_chunks, s->largest_free);
}

/*
 * Allocate blocks of the pattern's sizes (cycling) in one area until every
 * size of the pattern has failed in a row.  Every failure is NULL, the
 * blocks keep their contents, the other areas are untouched, and freeing
 * everything and trimming restores the area's and the shared gap's
 * initial statistics.
 */
static void exhaust_area(size_t image_size, GpAreaKind kind, const size_t *pattern,
                         size_t npattern)
{
    GpImage *img = tu_image(image_size);
    GpArea *area = gp_image_area(img, kind);
    GpArea *heap = tu_heap(img), *stack = tu_stack(img);
    GpAreaStats a0 = tu_stats(img, kind);
    GpAreaStats sh0 = tu_stats(img, GP_AREA_SHARED);
    GpAreaStats h0 = tu_stats(img, GP_AREA_HEAP);
    /* the room: for the heap the whole gap up to the stack, for a fixed
     * area its own range */
    size_t room = kind == GP_AREA_HEAP ? sh0.reserved : a0.reserved;
    Vec blocks = { 0 };
    size_t bytes = 0, fails_in_row = 0, failures = 0, i = 0, max_arenas = 0;
    uint8_t *first = NULL;
    while (fails_in_row < npattern) {
        size_t n = pattern[i++ % npattern];
        uint8_t *p = gp_mem_alloc(area, n);
        if (heap->hi > stack->lo)
            fail_msg("heap.hi %p above stack.lo %p", (void *)heap->hi, (void *)stack->lo);
        if (!p) {
            fails_in_row++;
            failures++;
            continue;
        }
        fails_in_row = 0;
        if (i == 1)
            first = p;
        if (!tu_aligned(p) || gp_image_area_of(img, p) != kind ||
            (n && gp_image_area_of(img, p + n - 1) != kind))
            fail_msg("alloc(%zu) in %s = %p: misplaced", n, area->name, (void *)p);
        uint64_t seed = tu_addr_seed(p) ^ n;
        pat_fill(p, n, seed);
        vec_push(&blocks, (Live){ p, n, seed, area });
        bytes += n;
        if (blocks.n > 4 * room)
            fail_msg("%zu allocations in a %zu-byte image: never fails", blocks.n, image_size);
        if (blocks.n % 256 == 0) {
            size_t arenas = tu_stats(img, kind).arenas;
            if (arenas > max_arenas)
                max_arenas = arenas;
        }
    }
    assert_true(failures >= npattern);
    /* Failing again and again changes nothing. */
    GpAreaStats af = tu_stats(img, kind);
    if (af.arenas > max_arenas)
        max_arenas = af.arenas;
    for (size_t k = 0; k < npattern; k++)
        assert_null(gp_mem_alloc(area, pattern[k]));
    GpAreaStats af2 = tu_stats(img, kind);
    if (!stats_equal(&af, &af2)) {
        print_stats("before", &af);
        print_stats("after", &af2);
        fail_msg("failed allocations changed the %s area's statistics", area->name);
    }
    TU_CHECK(img);
    /* The area really filled up. */
    if (bytes < room / 2)
        fail_msg("%zu-byte image, %s area, sizes %zu..: only %zu of %zu bytes allocated",
                 image_size, area->name, pattern[0], bytes, room);
    /* A fixed area of a small image still holds several arenas. */
    if (kind != GP_AREA_HEAP && pattern[0] <= GP_SMALL_MAX && npattern == 1 && max_arenas < 4)
        fail_msg("%zu-byte image, %s area: only %zu arenas fit", image_size, area->name,
                 max_arenas);
    for (size_t k = 0; k < blocks.n; k++)
        PAT_VERIFY(blocks.v[k].p, blocks.v[k].n, blocks.v[k].seed, "block");
    assert_int_equal(af.blocks, blocks.n);
    if (kind != GP_AREA_HEAP) {
        GpAreaStats h = tu_stats(img, GP_AREA_HEAP);
        assert_true(stats_equal(&h, &h0));
        assert_ptr_equal(area->lo, (uint8_t *)a0.lo);
        assert_ptr_equal(area->hi, (uint8_t *)a0.hi);
    }

    /* Free every other block, check, refill the holes with the same sizes,
     * check again.  With one size every hole fits exactly and the area is
     * as full as before; with mixed sizes the holes may be taken in another
     * order and leave fragments, so a refill may fail (cleanly). */
    for (size_t k = 0; k < blocks.n; k += 2)
        gp_mem_free(area, blocks.v[k].p, blocks.v[k].n);
    TU_CHECK(img);
    for (size_t k = 0; k < blocks.n; k += 2) {
        uint8_t *p = gp_mem_alloc(area, blocks.v[k].n);
        if (!p && npattern > 1) {
            blocks.v[k].p = NULL;
            continue;
        }
        if (!p)
            fail_msg("%zu-byte image, %s area, %zu sizes from %zu: re-allocating freed block "
                     "%zu of %zu (%zu bytes, was at %p) failed", image_size, area->name,
                     npattern, pattern[0], k, blocks.n, blocks.v[k].n, (void *)blocks.v[k].p);
        blocks.v[k].p = p;
        blocks.v[k].seed = tu_addr_seed(p) ^ blocks.v[k].n;
        pat_fill(p, blocks.v[k].n, blocks.v[k].seed);
    }
    TU_CHECK(img);
    for (size_t k = 0; k < blocks.n; k++)
        if (blocks.v[k].p)
            PAT_VERIFY(blocks.v[k].p, blocks.v[k].n, blocks.v[k].seed, "block");

    /* Free all, odd ones first, and trim: back to the start. */
    for (size_t k = 1; k < blocks.n; k += 2)
        gp_mem_free(area, blocks.v[k].p, blocks.v[k].n);
    for (size_t k = 0; k < blocks.n; k += 2)
        if (blocks.v[k].p)
            gp_mem_free(area, blocks.v[k].p, blocks.v[k].n);
    TU_CHECK(img);
    gp_mem_trim(area);
    TU_CHECK(img);
    GpAreaStats a1 = tu_stats(img, kind);
    GpAreaStats sh1 = tu_stats(img, GP_AREA_SHARED);
    if (!stats_equal(&a0, &a1)) {
        print_stats("initial", &a0);
        print_stats("final", &a1);
        fail_msg("%zu-byte image, %s area, sizes %zu..: not back to its initial state",
                 image_size, area->name, pattern[0]);
    }
    assert_true(stats_equal(&sh0, &sh1));
    /* And it starts filling the same way again. */
    uint8_t *p = gp_mem_alloc(area, pattern[0]);
    if (p != first)
        fail_msg("after freeing everything the first block is at %p, at first it was %p",
                 (void *)p, (void *)first);
    gp_mem_free(area, p, pattern[0]);
    free(blocks.v);
    TU_CHECK(img);
    tu_destroy(img);
}

static void exhaust(size_t image_size, const size_t *pattern, size_t npattern)
{
    exhaust_area(image_size, GP_AREA_HEAP, pattern, npattern);
}

static const size_t exhaust_sizes[] = {
    GP_MIN_IMAGE, GP_MIN_IMAGE + 64 * 1024, GP_MIN_IMAGE + 100000, 3 * 1024 * 1024,
};
#define NSIZES (sizeof exhaust_sizes / sizeof exhaust_sizes[0])

static void test_exhaust_16(void **state)
{
    (void)state;
    static const size_t pat[] = { 16 };
    for (size_t i = 0; i < NSIZES; i++)
        exhaust(exhaust_sizes[i], pat, 1);
}

static void test_exhaust_512(void **state)
{
    (void)state;
    static const size_t pat[] = { 512 };
    for (size_t i = 0; i < NSIZES; i++)
        exhaust(exhaust_sizes[i], pat, 1);
}

static void test_exhaust_513(void **state)
{
    (void)state;
    static const size_t pat[] = { 513 };
    for (size_t i = 0; i < NSIZES; i++)
        exhaust(exhaust_sizes[i], pat, 1);
}

static void test_exhaust_64k(void **state)
{
    (void)state;
    static const size_t pat[] = { 65536 };
    for (size_t i = 0; i < NSIZES; i++)
        exhaust(exhaust_sizes[i], pat, 1);
}

static const size_t mixed[] = { 16, 100, 512, 513, 3000, 65536, 48, 200000, 1, 4096, 0, 700 };
static const size_t big_first[] = { 300000, 65536, 5000, 513, 512, 16 };

static void test_exhaust_mixed(void **state)
{
    (void)state;
    for (size_t i = 0; i < NSIZES; i++)
        exhaust(exhaust_sizes[i], mixed, sizeof mixed / sizeof mixed[0]);
    for (size_t i = 0; i < NSIZES; i++)
        exhaust(exhaust_sizes[i], big_first, sizeof big_first / sizeof big_first[0]);
}

/* The fixed areas fill up inside their own ranges, the same way. */
static void test_exhaust_fixed_areas(void **state)
{
    (void)state;
    static const GpAreaKind kinds[] = { GP_AREA_TEXT, GP_AREA_STATIC, GP_AREA_GLOBAL };
    static const size_t p16[] = { 16 }, p513[] = { 513 }, p4k[] = { 4096 };
    static const size_t sizes[] = { GP_MIN_IMAGE, 4 * 1024 * 1024 };
    for (size_t s = 0; s < 2; s++)
        for (size_t k = 0; k < 3; k++) {
            exhaust_area(sizes[s], kinds[k], p16, 1);
            exhaust_area(sizes[s], kinds[k], p513, 1);
            exhaust_area(sizes[s], kinds[k], p4k, 1);
            exhaust_area(sizes[s], kinds[k], mixed, sizeof mixed / sizeof mixed[0]);
        }
}

/*
 * Memory freed is memory available: fill the heap with small blocks, free
 * every one of them, and a request for nearly the whole heap must then
 * succeed without the caller trimming anything first.  Otherwise a
 * program that frees all its small objects gets MemoryError for a big one
 * while nothing is live: the blocks waiting on the per-class free lists and
 * the empty pool kept per class pin their arenas.
 */
/* Returns 0, or 1 after printing what failed. */
static int refill_after_free_all(size_t image_size, size_t small, int order)
{
    GpImage *img = tu_image(image_size);
    GpArea *heap = tu_heap(img);
    size_t room = tu_stats(img, GP_AREA_SHARED).reserved;
    Vec blocks = { 0 };
    uint8_t *p;
    while ((p = gp_mem_alloc(heap, small)) != NULL)
        vec_push(&blocks, (Live){ p, small, 0, heap });
    assert_true(blocks.n * small >= room / 2);
    uint64_t rng = 0xF1EE;
    if (order == 2)
        for (size_t i = blocks.n - 1; i > 0; i--) {
            size_t j = (size_t)(tu_rand(&rng) % (i + 1));
            Live t = blocks.v[i];
            blocks.v[i] = blocks.v[j];
            blocks.v[j] = t;
        }
    for (size_t k = 0; k < blocks.n; k++)
        gp_mem_free(heap, blocks.v[order == 1 ? blocks.n - 1 - k : k].p, small);
    TU_CHECK(img);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).blocks, 0);
    size_t big = room - 2 * (size_t)GP_COMMIT_STEP;
    p = gp_mem_alloc(heap, big);
    int failed = p == NULL;
    if (failed) {
        GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
        print_message("# %zu-byte image: after freeing all %zu blocks of %zu bytes (%s), "
                      "alloc(%zu) failed; the empty heap still holds %zu arenas, %zu pools\n",
                      image_size, blocks.n, small,
                      order == 0 ? "oldest first" : order == 1 ? "newest first" : "shuffled",
                      big, s.arenas, s.pools);
    } else {
        pat_fill(p, big, 1);
        PAT_VERIFY(p, big, 1, "block");
        gp_mem_free(heap, p, big);
    }
    free(blocks.v);
    TU_CHECK(img);
    tu_destroy(img);
    return failed;
}

static void test_exhaust_reuse_after_free_all(void **state)
{
    (void)state;
    static const size_t image_sizes[] = { GP_MIN_IMAGE, 4 * 1024 * 1024 };
    static const size_t smalls[] = { 16, 160, 512 };
    int failed = 0, runs = 0;
    for (size_t i = 0; i < 2; i++)
        for (size_t k = 0; k < 3; k++)
            for (int order = 0; order < 3; order++, runs++)
                failed += refill_after_free_all(image_sizes[i], smalls[k], order);
    if (failed)
        fail_msg("%d of %d runs: a freed heap could not serve a big request", failed, runs);
}

/* ---- the stress test ------------------------------------------------------------ */

enum {
    STRESS_OPS = 2000000,
    SORT_EVERY = 10000,
    CHECK_EVERY = 50000,
    TRIM_EVERY = 125000,
    PHASE_LEN = 100000,
    MAX_LIVE = 20000,
    MAX_DEPTH = 256,
};

typedef struct Model {
    GpImage *img;
    uint64_t *bits;         /* one bit per 16-byte granule of the image */
    Vec live;               /* heap and global blocks */
    Vec frames;             /* stack frames, oldest first */
    uint64_t rng;
    int may_fail;           /* small image: heap and stack may run out */
    size_t ops, allocs, frees, reallocs, pushes, pops, global_fails;
    size_t heap_fails, realloc_fails, push_fails;
} Model;

/* Bytes a block of n occupies: its usable size. */
static size_t footprint(size_t n)
{
    return n <= GP_SMALL_MAX ? gp_mem_usable(n) : ((n + GP_ALIGN - 1) & ~(size_t)(GP_ALIGN - 1));
}

/* Bytes a frame of n occupies below the next older frame's header; a frame
 * of 0 bytes occupies none (its pointer may equal that header's). */
static size_t frame_footprint(size_t n)
{
    return (n + GP_ALIGN - 1) & ~(size_t)(GP_ALIGN - 1);
}

/* Mark [p, p+n) occupied (set) or free (clear); any granule already in the
 * wrong state is an overlap or a double free. */
static void mark(Model *m, const uint8_t *p, size_t n, int set)
{
    if (n == 0)
        return;
    size_t first = (size_t)(p - m->img->base) / GP_ALIGN;
    size_t last = (size_t)(p + n - 1 - m->img->base) / GP_ALIGN;
    for (size_t g = first; g <= last;) {
        size_t w = g / 64, b = g % 64;
        size_t span = 64 - b;
        if (span > last - g + 1)
            span = last - g + 1;
        uint64_t mask = (span == 64 ? ~(uint64_t)0 : (((uint64_t)1 << span) - 1)) << b;
        if (set) {
            if (m->bits[w] & mask)
                fail_msg("op %zu: new block %p (%zu bytes) overlaps a live block or frame "
                         "near %p", m->ops, (const void *)p, n,
                         (void *)(m->img->base + (w * 64 + (size_t)__builtin_ctzll(m->bits[w] & mask)) * GP_ALIGN));
            m->bits[w] |= mask;
        } else {
            if ((m->bits[w] & mask) != mask)
                fail_msg("op %zu: freeing %p (%zu bytes): not all of it was live", m->ops,
                         (const void *)p, n);
            m->bits[w] &= ~mask;
        }
        g += span;
    }
}

/* Sizes biased to small: 60% 1..128, 25% 129..512, 12% 513..4096, 3% to 8000. */
static size_t random_size(uint64_t *rng)
{
    unsigned r = (unsigned)(tu_rand(rng) % 100);
    if (r < 60)
        return tu_range(rng, 1, 128);
    if (r < 85)
        return tu_range(rng, 129, 512);
    if (r < 97)
        return tu_range(rng, 513, 4096);
    return tu_range(rng, 4097, 8000);
}

static void place_check(Model *m, const uint8_t *p, size_t n, GpAreaKind want)
{
    if (!tu_aligned(p))
        fail_msg("op %zu: %p (%zu bytes) not aligned", m->ops, (const void *)p, n);
    GpAreaKind k = gp_image_area_of(m->img, p);
    GpAreaKind k2 = n ? gp_image_area_of(m->img, p + n - 1) : k;
    if (k != want || k2 != want)
        fail_msg("op %zu: %p (%zu bytes) lies in areas %d..%d, expected %d", m->ops,
                 (const void *)p, n, k, k2, want);
}

static void op_alloc(Model *m)
{
    size_t n = random_size(&m->rng);
    int global = tu_rand(&m->rng) % 10 == 0;
    GpArea *a = gp_image_area(m->img, global ? GP_AREA_GLOBAL : GP_AREA_HEAP);
    uint8_t *p = gp_mem_alloc(a, n);
    if (!p) {
        if (global)
            m->global_fails++;
        else if (m->may_fail)
            m->heap_fails++;
        else
            fail_msg("op %zu: heap alloc(%zu) failed with %zu live blocks", m->ops, n,
                     m->live.n);
        return;
    }
    place_check(m, p, n, a->kind);
    mark(m, p, footprint(n), 1);
    uint64_t seed = tu_rand(&m->rng);
    pat_fill(p, n, seed);
    vec_push(&m->live, (Live){ p, n, seed, a });
    m->allocs++;
}

static void op_free(Model *m)
{
    size_t i = (size_t)(tu_rand(&m->rng) % m->live.n);
    Live b = m->live.v[i];
    PAT_VERIFY(b.p, b.n, b.seed, "block");
    mark(m, b.p, footprint(b.n), 0);
    gp_mem_free(b.area, b.p, b.n);
    m->live.v[i] = m->live.v[--m->live.n];
    m->frees++;
}

static void op_realloc(Model *m)
{
    size_t i = (size_t)(tu_rand(&m->rng) % m->live.n);
    Live *b = &m->live.v[i];
    size_t n = random_size(&m->rng);
    PAT_VERIFY(b->p, b->n, b->seed, "block");
    uint8_t *q = gp_mem_realloc(b->area, b->p, b->n, n);
    if (!q) {
        if (b->area->kind == GP_AREA_HEAP && !m->may_fail)
            fail_msg("op %zu: heap realloc(%zu -> %zu) failed", m->ops, b->n, n);
        PAT_VERIFY(b->p, b->n, b->seed, "block after a failed realloc");
        m->realloc_fails++;
        return;
    }
    mark(m, b->p, footprint(b->n), 0);
    place_check(m, q, n, b->area->kind);
    mark(m, q, footprint(n), 1);
    size_t keep = b->n < n ? b->n : n;
    long bad = pat_check(q, keep, b->seed);
    if (bad >= 0)
        fail_msg("op %zu: realloc %p (%zu) -> %p (%zu): byte %ld lost", m->ops, (void *)b->p,
                 b->n, (void *)q, n, bad);
    b->p = q;
    b->n = n;
    pat_fill(q, n, b->seed);   /* same seed: the kept prefix is unchanged */
    m->reallocs++;
}

static void op_push(Model *m)
{
    size_t n = (tu_rand(&m->rng) % 16) ? tu_range(&m->rng, 0, 1500) : tu_range(&m->rng, 1501, 40000);
    size_t depth = gp_stack_depth(m->img);
    uint8_t *f = gp_stack_push(m->img, n);
    if (!f) {
        if (!m->may_fail)
            fail_msg("op %zu: push(%zu) failed at depth %zu", m->ops, n, m->frames.n);
        assert_int_equal(gp_stack_depth(m->img), depth);
        m->push_fails++;
        return;
    }
    if (m->frames.n && f + n >= m->frames.v[m->frames.n - 1].p)
        fail_msg("op %zu: frame %p not below the previous one", m->ops, (void *)f);
    if (n)
        place_check(m, f, n, GP_AREA_STACK);
    mark(m, f, frame_footprint(n), 1);
    uint64_t seed = tu_rand(&m->rng);
    pat_fill(f, n, seed);
    vec_push(&m->frames, (Live){ f, n, seed, NULL });
    m->pushes++;
}

static void op_pop(Model *m)
{
    Live f = m->frames.v[--m->frames.n];
    PAT_VERIFY(f.p, f.n, f.seed, "frame");
    mark(m, f.p, frame_footprint(f.n), 0);
    gp_stack_pop(m->img, f.p);
    m->pops++;
}

static int cmp_live(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const Live *)a)->p, y = (uintptr_t)((const Live *)b)->p;
    return x < y ? -1 : x > y;
}

/* Independent of the bitmap: sort everything live and check neighbours. */
static void sorted_check(Model *m)
{
    size_t n = m->live.n + m->frames.n;
    Live *all = malloc((n + 1) * sizeof *all);
    assert_non_null(all);
    memcpy(all, m->live.v, m->live.n * sizeof *all);
    if (m->frames.n)
        memcpy(all + m->live.n, m->frames.v, m->frames.n * sizeof *all);
    qsort(all, n, sizeof *all, cmp_live);
    for (size_t i = 1; i < n; i++) {
        size_t len = all[i - 1].area ? footprint(all[i - 1].n) : frame_footprint(all[i - 1].n);
        if (all[i - 1].p + len > all[i].p)
            fail_msg("op %zu: %p (+%zu) overlaps %p", m->ops, (void *)all[i - 1].p, len,
                     (void *)all[i].p);
    }
    free(all);
}

static void full_check(Model *m)
{
    GpArea *heap = tu_heap(m->img), *stack = tu_stack(m->img);
    TU_CHECK(m->img);
    for (size_t i = 0; i < m->live.n; i++)
        PAT_VERIFY(m->live.v[i].p, m->live.v[i].n, m->live.v[i].seed, "block");
    for (size_t i = 0; i < m->frames.n; i++)
        PAT_VERIFY(m->frames.v[i].p, m->frames.v[i].n, m->frames.v[i].seed, "frame");
    /* The statistics agree with the model. */
    size_t blocks = 0, used = 0;
    for (size_t i = 0; i < m->live.n; i++) {
        const Live *b = &m->live.v[i];
        if (b->area->kind != GP_AREA_HEAP)
            continue;
        blocks++;
        used += b->n <= GP_SMALL_MAX ? gp_mem_usable(b->n) : gp_block_size(b->p);
    }
    GpAreaStats s = tu_stats(m->img, GP_AREA_HEAP);
    if (s.blocks != blocks || s.used != used)
        fail_msg("op %zu: heap stats say %zu blocks, %zu bytes used; the model %zu, %zu",
                 m->ops, s.blocks, s.used, blocks, used);
    GpAreaStats st = tu_stats(m->img, GP_AREA_STACK);
    assert_int_equal(st.blocks, m->frames.n);
    /* free = committed - used - overhead (stats.h), for the heap and the
     * stack; blocks = small + large; fragmentation within [0, 1]. */
    if (s.committed != s.used + s.overhead + s.free)
        fail_msg("op %zu: heap committed %zu != used %zu + overhead %zu + free %zu", m->ops,
                 s.committed, s.used, s.overhead, s.free);
    if (st.committed != st.used + st.overhead + st.free)
        fail_msg("op %zu: stack committed %zu != used %zu + overhead %zu + free %zu", m->ops,
                 st.committed, st.used, st.overhead, st.free);
    assert_int_equal(s.blocks, s.small_blocks + s.large_blocks);
    assert_true(s.fragmentation >= 0.0 && s.fragmentation <= 1.0);
    assert_true(s.largest_free <= s.free);
    assert_int_equal(s.reserved, (size_t)(heap->hi - heap->lo));
    /* The gap is whole commit steps. */
    GpAreaStats sh = tu_stats(m->img, GP_AREA_SHARED);
    if (sh.reserved % GP_COMMIT_STEP != 0)
        fail_msg("op %zu: shared gap of %zu bytes is not whole steps", m->ops, sh.reserved);
    assert_int_equal(gp_stack_depth(m->img), m->frames.n);
    if (heap->hi > stack->lo)
        fail_msg("op %zu: heap.hi above stack.lo", m->ops);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void stress_run(size_t image_size, size_t nops, uint64_t seed, int may_fail)
{
    double t0 = now();
    Model m;
    memset(&m, 0, sizeof m);
    m.img = tu_image(image_size);
    m.rng = seed;
    m.may_fail = may_fail;
    size_t granules = m.img->size / GP_ALIGN;
    m.bits = calloc((granules + 63) / 64, sizeof *m.bits);
    assert_non_null(m.bits);
    GpArea *heap = tu_heap(m.img), *stack = tu_stack(m.img);
    size_t peak_heap = 0, peak_live = 0;

    for (m.ops = 0; m.ops < nops; m.ops++) {
        /* Phases: the live set grows for PHASE_LEN operations, then shrinks. */
        int growing = (m.ops / PHASE_LEN) % 2 == 0;
        unsigned r = (unsigned)(tu_rand(&m.rng) % 100);
        unsigned p_alloc = growing ? 48 : 30;
        if (r < 8) {
            int push = m.frames.n == 0 ||
                       (m.frames.n < MAX_DEPTH && (tu_rand(&m.rng) % 100) < 50);
            if (push)
                op_push(&m);
            else
                op_pop(&m);
        } else if (r < 8 + 12) {
            if (m.live.n)
                op_realloc(&m);
            else
                op_alloc(&m);
        } else if (r < 20 + p_alloc) {
            if (m.live.n < MAX_LIVE)
                op_alloc(&m);
            else
                op_free(&m);
        } else {
            if (m.live.n)
                op_free(&m);
            else
                op_alloc(&m);
        }
        if (heap->hi > stack->lo)
            fail_msg("op %zu: heap.hi %p above stack.lo %p", m.ops, (void *)heap->hi,
                     (void *)stack->lo);
        if ((size_t)(heap->hi - heap->lo) > peak_heap)
            peak_heap = (size_t)(heap->hi - heap->lo);
        if (m.live.n > peak_live)
            peak_live = m.live.n;
        if ((m.ops + 1) % SORT_EVERY == 0)
            sorted_check(&m);
        if ((m.ops + 1) % CHECK_EVERY == 0)
            full_check(&m);
        if ((m.ops + 1) % TRIM_EVERY == 0) {
            gp_mem_trim(heap);
            gp_mem_trim(gp_image_area(m.img, GP_AREA_GLOBAL));
            TU_CHECK(m.img);
        }
    }
    full_check(&m);

    /* Free everything: the heap goes back to nothing. */
    while (m.frames.n)
        op_pop(&m);
    while (m.live.n)
        op_free(&m);
    TU_CHECK(m.img);
    GpAreaStats s = tu_stats(m.img, GP_AREA_HEAP);
    assert_int_equal(s.blocks, 0);
    assert_int_equal(s.used, 0);
    /* Before trimming, once the free lists are flushed, at most one empty
     * pool per class is kept. */
    gp_mem_flush(heap);
    TU_CHECK(m.img);
    GpClassStats cs[GP_NCLASSES];
    gp_stats_classes(m.img, GP_AREA_HEAP, cs);
    for (uint32_t c = 0; c < GP_NCLASSES; c++) {
        assert_int_equal(cs[c].in_use, 0);
        if (cs[c].pools > 1)
            fail_msg("class %u keeps %zu empty pools", c, cs[c].pools);
    }
    assert_true(s.arenas <= GP_NCLASSES);
    gp_mem_trim(heap);
    gp_mem_trim(gp_image_area(m.img, GP_AREA_GLOBAL));
    gp_area_trim_down(stack, 0);
    TU_CHECK(m.img);
    s = tu_stats(m.img, GP_AREA_HEAP);
    assert_int_equal(s.arenas, 0);
    assert_int_equal(s.free_chunks, 0);
    assert_ptr_equal(heap->hi, heap->lo);
    assert_ptr_equal(stack->lo, stack->hi);
    assert_int_equal(tu_stats(m.img, GP_AREA_GLOBAL).blocks, 0);
    for (size_t w = 0; w < (granules + 63) / 64; w++)
        assert_int_equal(m.bits[w], 0);

    print_message("# stress %zu KiB image: %zu ops (%zu alloc, %zu free, %zu realloc, "
                  "%zu push, %zu pop; failed: %zu heap alloc, %zu global alloc, %zu realloc, "
                  "%zu push), peak %zu live blocks, peak heap %zu KiB, %.2f s\n",
                  image_size / 1024, m.ops, m.allocs, m.frees, m.reallocs, m.pushes, m.pops,
                  m.heap_fails, m.global_fails, m.realloc_fails, m.push_fails, peak_live,
                  peak_heap / 1024, now() - t0);
    if (may_fail && (m.heap_fails == 0 || m.push_fails == 0))
        fail_msg("the small-image run never ran out of memory (%zu heap, %zu push failures)",
                 m.heap_fails, m.push_fails);
    if (!may_fail && (m.heap_fails || m.realloc_fails || m.push_fails))
        fail_msg("unexpected failures");
    free(m.live.v);
    free(m.frames.v);
    free(m.bits);
    tu_destroy(m.img);
}

/* One million operations in a 64M image, where nothing may fail. */
static void test_stress_mixed(void **state)
{
    (void)state;
    stress_run(64 * MiB, STRESS_OPS, 0x5EED5EED12345678ull, 0);
}

/* The same workload in a 4M image: the heap and the stack keep running
 * into each other; every failure must be clean. */
static void test_stress_small_image(void **state)
{
    (void)state;
    stress_run(4 * MiB, STRESS_OPS / 2, 0xC0FFEE0123456789ull, 1);
    stress_run(GP_MIN_IMAGE, STRESS_OPS / 4, 0xBADC0DE987654321ull, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(test_exhaust_16),
        TU_TEST(test_exhaust_512),
        TU_TEST(test_exhaust_513),
        TU_TEST(test_exhaust_64k),
        TU_TEST(test_exhaust_mixed),
        TU_TEST(test_exhaust_fixed_areas),
        TU_TEST(test_exhaust_reuse_after_free_all),
        TU_TEST(test_stress_mixed),
        TU_TEST(test_stress_small_image),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
