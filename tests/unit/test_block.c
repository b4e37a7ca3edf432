/*
 * test_block.c - large blocks: placement, splitting and coalescing, the
 * top of the heap, reuse of freed chunks, realloc across sizes.
 *
 * Only the requested bytes of a block are written: in the sanitizer build
 * the allocator unpoisons exactly those.
 */
#include "testutil.h"

#include "mem/block.h"
#include "mem/poison.h"
#include "mem/stack.h"

static void check_large_block(GpImage *img, const void *p, size_t n)
{
    if (!p)
        fail_msg("alloc(%zu) returned NULL", n);
    if (!tu_aligned(p))
        fail_msg("alloc(%zu) = %p: not 16-byte aligned", n, p);
    if (gp_image_area_of(img, p) != GP_AREA_HEAP ||
        gp_image_area_of(img, (const uint8_t *)p + n - 1) != GP_AREA_HEAP)
        fail_msg("alloc(%zu) = %p: not inside the heap", n, p);
    if ((const uint8_t *)p + n > tu_heap(img)->top)
        fail_msg("alloc(%zu) = %p: ends above the heap's top", n, p);
    if (gp_block_size(p) < n)
        fail_msg("alloc(%zu) = %p: block size %zu", n, p, gp_block_size(p));
}

typedef struct Blk {
    uint8_t *p;
    size_t n;
} Blk;

static int cmp_blk(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const Blk *)a)->p, y = (uintptr_t)((const Blk *)b)->p;
    return x < y ? -1 : x > y;
}

static void check_disjoint(Blk *b, size_t n)
{
    qsort(b, n, sizeof *b, cmp_blk);
    for (size_t i = 1; i < n; i++)
        if (b[i - 1].p + b[i - 1].n > b[i].p)
            fail_msg("blocks overlap: %p+%zu and %p", (void *)b[i - 1].p, b[i - 1].n,
                     (void *)b[i].p);
}

static void test_block_large_sizes(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    static const size_t sizes[] = {
        513, 520, 527, 1000, 4095, 4096, 4097, 65536, 100000, 1 * MiB, 5 * MiB, 700, 5 * MiB + 1,
    };
    enum { N = sizeof sizes / sizeof sizes[0] };
    Blk b[N];
    uint8_t *peak;
    size_t sum = 0;
    for (size_t i = 0; i < N; i++) {
        b[i].n = sizes[i];
        b[i].p = gp_mem_alloc(heap, sizes[i]);
        check_large_block(img, b[i].p, sizes[i]);
        tu_fill(b[i].p, sizes[i], tu_addr_seed(b[i].p));
        sum += sizes[i];
    }
    peak = heap->hi;
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.large_blocks, N);
    assert_int_equal(s.small_blocks, 0);
    assert_int_equal(s.arenas, 0);
    assert_true(s.used >= sum);
    assert_true(s.committed >= s.used + s.overhead);
    TU_CHECK(img);
    for (size_t i = 0; i < N; i++)
        TU_VERIFY(b[i].p, b[i].n, tu_addr_seed(b[i].p));
    check_disjoint(b, N);
    /* Free every other block first (they are binned), then the rest. */
    for (size_t i = 0; i < N; i += 2)
        gp_mem_free(heap, b[i].p, b[i].n);
    TU_CHECK(img);
    for (size_t i = 1; i < N; i += 2)
        TU_VERIFY(b[i].p, b[i].n, tu_addr_seed(b[i].p));
    for (size_t i = 1; i < N; i += 2)
        gp_mem_free(heap, b[i].p, b[i].n);
    TU_CHECK(img);
    s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.blocks, 0);
    assert_int_equal(s.free_chunks, 0);
    assert_int_equal(s.used, 0);
    /* Everything merged back into the top, and the top slack was returned. */
    assert_ptr_equal(heap->top, heap->lo);
    assert_true(heap->hi < peak);
    gp_mem_trim(heap);
    assert_ptr_equal(heap->hi, heap->lo);
    TU_CHECK(img);
    tu_destroy(img);
}

/*
 * A, B, C adjacent, D a guard so C does not touch the top.  Whatever order
 * A, B and C are freed in, they end as one free chunk, and a request for
 * exactly that chunk is served at A's address.
 */
static void coalesce_order(const int order[3])
{
    GpImage *img = tu_image(16 * MiB);
    GpArea *heap = tu_heap(img);
    const size_t sz[4] = { 100000, 200000, 300000, 5000 };
    uint8_t *p[4];
    for (int i = 0; i < 4; i++) {
        p[i] = gp_mem_alloc(heap, sz[i]);
        check_large_block(img, p[i], sz[i]);
        tu_fill(p[i], sz[i], (uint64_t)i + 77);
    }
    for (int i = 1; i < 4; i++) {
        /* adjacent: the next payload follows this one and one header */
        if (p[i] != p[i - 1] + gp_block_size(p[i - 1]) + GP_CHUNK_HEADER)
            fail_msg("block %d at %p does not follow block %d at %p (size %zu)", i,
                     (void *)p[i], i - 1, (void *)p[i - 1], gp_block_size(p[i - 1]));
    }
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.free_chunks, 0);
    size_t expect_chunks[3];
    /* free chunks after each free: a lone free adds one, a free next to
     * one free neighbour adds none, between two free neighbours removes one */
    int freed[3] = { 0, 0, 0 };
    size_t nchunks = 0;
    for (int k = 0; k < 3; k++) {
        int i = order[k];
        int left = i > 0 && freed[i - 1], right = i < 2 && freed[i + 1];
        nchunks = nchunks + 1 - (size_t)left - (size_t)right;
        expect_chunks[k] = nchunks;
        freed[i] = 1;
    }
    for (int k = 0; k < 3; k++) {
        int i = order[k];
        gp_mem_free(heap, p[i], sz[i]);
        TU_CHECK(img);
        s = tu_stats(img, GP_AREA_HEAP);
        if (s.free_chunks != expect_chunks[k])
            fail_msg("order %d%d%d: after freeing block %d, %zu free chunks, expected %zu",
                     order[0], order[1], order[2], i, s.free_chunks, expect_chunks[k]);
        assert_int_equal(s.large_blocks, 3 - (size_t)k);
    }
    TU_VERIFY(p[3], sz[3], 3 + 77);
    size_t region = (size_t)(p[3] - p[0]) - GP_CHUNK_HEADER;   /* payload of A+B+C */
    s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.free_chunks, 1);
    assert_int_equal(s.largest_free, region);
    uint8_t *top = heap->top;
    uint8_t *q = gp_mem_alloc(heap, region);
    if (q != p[0])
        fail_msg("order %d%d%d: a request for the merged %zu bytes got %p, expected %p",
                 order[0], order[1], order[2], region, (void *)q, (void *)p[0]);
    assert_ptr_equal(heap->top, top);
    tu_fill(q, region, 5);
    s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.free_chunks, 0);
    TU_VERIFY(p[3], sz[3], 3 + 77);
    TU_CHECK(img);
    gp_mem_free(heap, q, region);
    gp_mem_free(heap, p[3], sz[3]);
    TU_CHECK(img);
    assert_ptr_equal(heap->top, heap->lo);
    tu_destroy(img);
}

static void test_block_coalesce_all_orders(void **state)
{
    (void)state;
    static const int orders[6][3] = {
        { 0, 2, 1 }, { 0, 1, 2 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 },
    };
    for (int i = 0; i < 6; i++)
        coalesce_order(orders[i]);
}

/* Freeing the block just below the top folds it into the top slack, also
 * together with a free block below it; a big one gives its pages back. */
static void test_block_free_at_top(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    uint8_t *x = gp_mem_alloc(heap, 3000);
    check_large_block(img, x, 3000);
    uint8_t *top1 = heap->top;
    uint8_t *y = gp_mem_alloc(heap, 5 * MiB);
    check_large_block(img, y, 5 * MiB);
    assert_true(heap->top >= y + 5 * MiB);
    assert_true(heap->hi >= heap->top);
    uint8_t *hi2 = heap->hi;
    GpAreaStats sh = tu_stats(img, GP_AREA_SHARED);
    gp_mem_free(heap, y, 5 * MiB);
    TU_CHECK(img);
    assert_ptr_equal(heap->top, top1);
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.free_chunks, 0);
    assert_int_equal(s.large_blocks, 1);
    /* The pages went back to the shared gap. */
    if ((size_t)(hi2 - heap->hi) < 4 * MiB)
        fail_msg("freeing 5M at the top lowered the heap top by only %zu bytes",
                 (size_t)(hi2 - heap->hi));
    assert_true(tu_stats(img, GP_AREA_SHARED).reserved >= sh.reserved + 4 * MiB);

    /* z below w, z freed first (binned), then w: both fold into the top. */
    uint8_t *z = gp_mem_alloc(heap, 40000);
    uint8_t *w = gp_mem_alloc(heap, 50000);
    check_large_block(img, z, 40000);
    check_large_block(img, w, 50000);
    gp_mem_free(heap, z, 40000);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 1);
    gp_mem_free(heap, w, 50000);
    TU_CHECK(img);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 0);
    assert_ptr_equal(heap->top, top1);
    gp_mem_free(heap, x, 3000);
    assert_ptr_equal(heap->top, heap->lo);
    TU_CHECK(img);
    tu_destroy(img);
}

/* A freed block of size S (not at the top) serves the next request of S. */
static void test_block_reuse_same_size(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    static const size_t sizes[] = { 513, 600, 1000, 4096, 8191, 100000, 1 * MiB, 3 * MiB };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t n = sizes[i];
        uint8_t *p = gp_mem_alloc(heap, n);
        uint8_t *guard = gp_mem_alloc(heap, 700);
        check_large_block(img, p, n);
        check_large_block(img, guard, 700);
        gp_mem_free(heap, p, n);
        uint8_t *top = heap->top;
        uint8_t *q = gp_mem_alloc(heap, n);
        if (q != p)
            fail_msg("size %zu: freed %p, the next request got %p", n, (void *)p, (void *)q);
        assert_ptr_equal(heap->top, top);
        tu_fill(q, n, n);
        TU_CHECK(img);
        /* The same with the guard live and several other frees around it. */
        gp_mem_free(heap, q, n);
        gp_mem_free(heap, guard, 700);
        TU_CHECK(img);
    }
    assert_ptr_equal(heap->top, heap->lo);

    /* Splitting: a 100000-byte hole serves a 50000 and a 40000 request. */
    uint8_t *h = gp_mem_alloc(heap, 100000);
    uint8_t *g = gp_mem_alloc(heap, 600);
    check_large_block(img, h, 100000);
    gp_mem_free(heap, h, 100000);
    uint8_t *top = heap->top;
    uint8_t *a = gp_mem_alloc(heap, 50000);
    uint8_t *b = gp_mem_alloc(heap, 40000);
    assert_ptr_equal(a, h);
    if (!(b >= a + 50000 && b + 40000 <= h + 100000))
        fail_msg("the second request (%p) was not carved from the rest of the hole "
                 "[%p, %p)", (void *)b, (void *)h, (void *)(h + 100000));
    assert_ptr_equal(heap->top, top);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 1);
    tu_fill(a, 50000, 1);
    tu_fill(b, 40000, 2);
    TU_CHECK(img);
    gp_mem_free(heap, a, 50000);
    gp_mem_free(heap, b, 40000);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 1);
    gp_mem_free(heap, g, 600);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 0);
    assert_ptr_equal(heap->top, heap->lo);
    TU_CHECK(img);
    tu_destroy(img);
}

/* realloc keeps min(old, new) bytes, for every pair of kinds. */
static void test_block_realloc_contents(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    static const size_t chain[] = {
        1, 16, 17, 100, 500, 512, 513, 600, 512, 511, 513, 5000, 100000, 3000, 200, 16,
        2 * MiB, 1000, 5 * MiB, 520, 520, 4096, 48, 0, 700,
    };
    enum { N = sizeof chain / sizeof chain[0] };
    /* Other blocks around, so reallocs do not always sit at the top. */
    void *noise[64];
    for (int i = 0; i < 64; i++) {
        noise[i] = gp_mem_alloc(heap, (size_t)(i * 311 % 4000) + 1);
        assert_non_null(noise[i]);
    }
    uint8_t *p = gp_mem_alloc(heap, chain[0]);
    assert_non_null(p);
    tu_fill(p, chain[0], 1000);
    for (int i = 1; i < N; i++) {
        size_t old = chain[i - 1], n = chain[i];
        uint8_t *q = gp_mem_realloc(heap, p, old, n);
        if (!q)
            fail_msg("realloc %zu -> %zu returned NULL", old, n);
        assert_true(tu_aligned(q));
        assert_int_equal(gp_image_area_of(img, q), GP_AREA_HEAP);
        long bad = tu_verify(q, old < n ? old : n, 1000 + (uint64_t)i - 1);
        if (bad >= 0)
            fail_msg("realloc %zu -> %zu: byte %ld lost", old, n, bad);
        tu_fill(q, n, 1000 + (uint64_t)i);
        p = q;
        /* free a noise block now and then to make holes */
        if (i % 3 == 0 && noise[i]) {
            gp_mem_free(heap, noise[i], (size_t)(i * 311 % 4000) + 1);
            noise[i] = NULL;
        }
        TU_CHECK(img);
    }
    gp_mem_free(heap, p, chain[N - 1]);
    for (int i = 0; i < 64; i++)
        gp_mem_free(heap, noise[i], (size_t)(i * 311 % 4000) + 1);
    TU_CHECK(img);
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.blocks, 0);
    tu_destroy(img);
}

/*
 * realloc within one size class keeps the block, and the whole new size is
 * usable: write every byte of it (in the sanitizer build those bytes must
 * have been made addressable).
 */
static void test_block_realloc_same_class(void **state)
{
    (void)state;
    GpImage *img = tu_image(4 * MiB);
    GpArea *heap = tu_heap(img);
    static const size_t pairs[][2] = {
        { 1, 16 }, { 17, 32 }, { 100, 112 }, { 497, 512 }, { 16, 1 }, { 1, 9 }, { 9, 16 },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        size_t old = pairs[i][0], n = pairs[i][1];
        uint8_t *p = gp_mem_alloc(heap, old);
        assert_non_null(p);
        tu_fill(p, old, i);
        uint8_t *q = gp_mem_realloc(heap, p, old, n);
        assert_ptr_equal(q, p);
        TU_VERIFY(q, old < n ? old : n, i);
        tu_fill(q, n, i + 100);
        TU_VERIFY(q, n, i + 100);
        gp_mem_free(heap, q, n);
        TU_CHECK(img);
    }
    tu_destroy(img);
}

/* realloc of NULL allocates; a hole a little too big for a request is
 * handed out whole rather than leaving a useless sliver. */
static void test_block_realloc_null_and_exact_fit(void **state)
{
    (void)state;
    GpImage *img = tu_image(16 * MiB);
    GpArea *heap = tu_heap(img);
    static const size_t sizes[] = { 0, 1, 100, 512, 513, 4000, 100000 };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        uint8_t *p = gp_mem_realloc(heap, NULL, 0, sizes[i]);
        assert_non_null(p);
        assert_true(tu_aligned(p));
        assert_int_equal(gp_image_area_of(img, p), GP_AREA_HEAP);
        tu_fill(p, sizes[i], i);
        TU_VERIFY(p, sizes[i], i);
        gp_mem_free(heap, p, sizes[i]);
    }
    TU_CHECK(img);
    /* a hole of 10000, then requests of 10000-16 and 10000-32 */
    for (size_t less = 16; less <= 32; less += 16) {
        uint8_t *top0 = heap->top;
        uint8_t *h = gp_mem_alloc(heap, 10000);
        uint8_t *g = gp_mem_alloc(heap, 600);
        assert_non_null(h);
        assert_non_null(g);
        size_t hole = gp_block_size(h);
        gp_mem_free(heap, h, 10000);
        uint8_t *q = gp_mem_alloc(heap, hole - less);
        assert_ptr_equal(q, h);
        /* what is left (16 or 32 bytes with its header) is too small for a
         * chunk of its own: the block takes the whole hole */
        if (less < GP_CHUNK_MIN) {
            assert_int_equal(gp_block_size(q), hole);
            assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 0);
        } else {
            assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 1);
        }
        tu_fill(q, hole - less, 7);
        TU_CHECK(img);
        gp_mem_free(heap, q, hole - less);
        gp_mem_free(heap, g, 600);
        TU_CHECK(img);
        assert_ptr_equal(heap->top, top0);
    }
    tu_destroy(img);
}

/* Resizing in place: into the top, into a free neighbour, and shrinking. */
static void test_block_realloc_in_place(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    /* at the top: grows in place */
    uint8_t *a = gp_mem_alloc(heap, 10000);
    check_large_block(img, a, 10000);
    tu_fill(a, 10000, 1);
    uint8_t *a2 = gp_mem_realloc(heap, a, 10000, 3 * MiB);
    assert_ptr_equal(a2, a);
    TU_VERIFY(a, 10000, 1);
    tu_fill(a, 3 * MiB, 2);
    assert_true(heap->top >= a + 3 * MiB);
    /* shrinking in place gives the tail back to the top */
    a2 = gp_mem_realloc(heap, a, 3 * MiB, 20000);
    assert_ptr_equal(a2, a);
    TU_VERIFY(a, 20000, 2);
    assert_true(heap->top <= a + 20000 + 64);
    TU_CHECK(img);

    /* into a free neighbour */
    uint8_t *b = gp_mem_alloc(heap, 30000);
    uint8_t *c = gp_mem_alloc(heap, 5000);
    check_large_block(img, b, 30000);
    check_large_block(img, c, 5000);
    tu_fill(c, 5000, 3);
    gp_mem_free(heap, b, 30000);
    a2 = gp_mem_realloc(heap, a, 20000, 40000);
    assert_ptr_equal(a2, a);
    TU_VERIFY(a, 20000, 2);
    tu_fill(a, 40000, 4);
    /* the rest of b's chunk is still free, c untouched */
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 1);
    TU_VERIFY(c, 5000, 3);
    TU_CHECK(img);
    /* and all of it */
    size_t all = (size_t)(c - a) - GP_CHUNK_HEADER;
    a2 = gp_mem_realloc(heap, a, 40000, all);
    assert_ptr_equal(a2, a);
    TU_VERIFY(a, 40000, 4);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 0);
    TU_VERIFY(c, 5000, 3);
    TU_CHECK(img);
    /* shrinking in the middle leaves a free chunk before c */
    a2 = gp_mem_realloc(heap, a, all, 1000);
    assert_ptr_equal(a2, a);
    TU_VERIFY(a, 1000, 4);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).free_chunks, 1);
    TU_CHECK(img);
    /* growing past what the neighbours allow moves the block */
    a2 = gp_mem_realloc(heap, a, 1000, 200000);
    assert_non_null(a2);
    assert_ptr_not_equal(a2, a);
    TU_VERIFY(a2, 1000, 4);
    TU_VERIFY(c, 5000, 3);
    TU_CHECK(img);
    gp_mem_free(heap, a2, 200000);
    gp_mem_free(heap, c, 5000);
    TU_CHECK(img);
    assert_ptr_equal(heap->top, heap->lo);
    tu_destroy(img);
}

/* A realloc that cannot be served returns NULL and leaves the block as
 * it was. */
static void test_block_realloc_failure(void **state)
{
    (void)state;
    GpImage *img = tu_image(4 * MiB);
    GpArea *heap = tu_heap(img);
    static const size_t olds[] = { 100, 512, 513, 20000 };
    for (size_t i = 0; i < 4; i++) {
        size_t n = olds[i];
        uint8_t *p = gp_mem_alloc(heap, n);
        assert_non_null(p);
        tu_fill(p, n, n);
        GpAreaStats before = tu_stats(img, GP_AREA_HEAP);
        assert_null(gp_mem_realloc(heap, p, n, 8 * MiB));
        assert_null(gp_mem_realloc(heap, p, n, SIZE_MAX / 2));
        assert_null(gp_mem_realloc(heap, p, n, SIZE_MAX));
        TU_VERIFY(p, n, n);
        GpAreaStats after = tu_stats(img, GP_AREA_HEAP);
        assert_int_equal(after.blocks, before.blocks);
        assert_int_equal(after.used, before.used);
        TU_CHECK(img);
        gp_mem_free(heap, p, n);
    }
    TU_CHECK(img);
    tu_destroy(img);
}

/* Absurd requests fail cleanly and change nothing. */
static void test_block_absurd_sizes(void **state)
{
    (void)state;
    GpImage *img = tu_image(4 * MiB);
    GpArea *heap = tu_heap(img);
    void *keep = gp_mem_alloc(heap, 1000);
    assert_non_null(keep);
    uint8_t *hi = heap->hi, *top = heap->top;
    GpAreaStats before = tu_stats(img, GP_AREA_HEAP);
    static const size_t sizes[] = {
        SIZE_MAX, SIZE_MAX - 15, SIZE_MAX - 16, SIZE_MAX - 64 * 1024, SIZE_MAX / 2,
        SIZE_MAX / 4 + 1, SIZE_MAX / 4, (size_t)1 << 40, 64 * MiB, 4 * MiB, 4 * MiB - 64 * 1024,
    };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        if (gp_mem_alloc(heap, sizes[i]) != NULL)
            fail_msg("alloc(%zu) in a 4M image did not fail", sizes[i]);
        assert_ptr_equal(heap->top, top);
        assert_true(heap->hi <= hi);
        GpAreaStats after = tu_stats(img, GP_AREA_HEAP);
        assert_int_equal(after.blocks, before.blocks);
        assert_int_equal(after.used, before.used);
        TU_CHECK(img);
    }
    gp_mem_free(heap, keep, 1000);
    TU_CHECK(img);
    tu_destroy(img);
}

/* Many large blocks of random sizes, freed in random order. */
static void test_block_random_churn(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    enum { N = 3000 };
    Blk *b = calloc(N, sizeof *b);
    assert_non_null(b);
    uint64_t rng = 0xB10C;
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < N; i++) {
            if (b[i].p && (tu_rand(&rng) & 1)) {
                TU_VERIFY(b[i].p, b[i].n, tu_addr_seed(b[i].p) ^ b[i].n);
                gp_mem_free(heap, b[i].p, b[i].n);
                b[i].p = NULL;
            } else if (!b[i].p && (tu_rand(&rng) & 1)) {
                size_t n = tu_range(&rng, GP_SMALL_MAX + 1, (tu_rand(&rng) & 7) ? 4000 : 60000);
                b[i].p = gp_mem_alloc(heap, n);
                b[i].n = n;
                check_large_block(img, b[i].p, n);
                tu_fill(b[i].p, n, tu_addr_seed(b[i].p) ^ n);
            }
        }
        TU_CHECK(img);
        Blk *live = malloc(N * sizeof *live);
        assert_non_null(live);
        size_t k = 0;
        for (int i = 0; i < N; i++)
            if (b[i].p)
                live[k++] = b[i];
        check_disjoint(live, k);
        assert_int_equal(tu_stats(img, GP_AREA_HEAP).large_blocks, k);
        free(live);
    }
    for (int i = 0; i < N; i++)
        if (b[i].p) {
            TU_VERIFY(b[i].p, b[i].n, tu_addr_seed(b[i].p) ^ b[i].n);
            gp_mem_free(heap, b[i].p, b[i].n);
        }
    free(b);
    TU_CHECK(img);
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.blocks, 0);
    assert_int_equal(s.free_chunks, 0);
    assert_ptr_equal(heap->top, heap->lo);
    tu_destroy(img);
}

#ifdef GP_ASAN
/* In the sanitizer build, touching memory that is not handed out is
 * reported: freed blocks (large, small, small on a free list), the bytes
 * past a request, the top slack, a popped frame.  (By design chunk headers
 * and a free chunk's two bin links stay addressable, so the 16 bytes past a
 * block ending on a 16-byte boundary and the first 16 bytes of a freed
 * large block are not checked here.) */
static void test_block_sanitizer_catches_misuse(void **state)
{
    (void)state;
    GpImage *img = tu_image(16 * MiB);
    GpArea *heap = tu_heap(img);
    uint8_t *big = gp_mem_alloc(heap, 10001);
    uint8_t *guard = gp_mem_alloc(heap, 600);
    uint8_t *s20 = gp_mem_alloc(heap, 20);
    uint8_t *s100 = gp_mem_alloc(heap, 100);
    uint8_t *s100b = gp_mem_alloc(heap, 100);
    assert_non_null(big);
    assert_non_null(guard);
    assert_non_null(s20);
    assert_non_null(s100);
    assert_non_null(s100b);
    /* control: the bytes asked for are fine */
    assert_false(tu_child_fails(tu_write_byte, big + 10000));
    assert_false(tu_child_fails(tu_write_byte, s20 + 19));
    /* past the request */
    assert_true(tu_child_fails(tu_write_byte, big + 10001));
    assert_true(tu_child_fails(tu_read_byte, big + 10015));
    assert_true(tu_child_fails(tu_write_byte, s20 + 20));
    assert_true(tu_child_fails(tu_read_byte, s20 + 31));
    /* the top slack */
    assert_true(heap->top < heap->brk);
    assert_true(tu_child_fails(tu_write_byte, heap->top));
    /* freed: large (binned), small (on the free list) */
    gp_mem_free(heap, big, 10001);
    gp_mem_free(heap, s100, 100);
    assert_true(tu_child_fails(tu_read_byte, big + 5000));
    assert_true(tu_child_fails(tu_write_byte, big + 16));   /* past the bin links */
    assert_true(tu_child_fails(tu_read_byte, s100 + 50));
    /* small, back in its pool */
    gp_mem_flush(heap);
    gp_mem_free(heap, s100b, 100);
    gp_mem_flush(heap);
    assert_true(tu_child_fails(tu_read_byte, s100b + 99));
    /* a popped frame */
    uint8_t *f1 = gp_stack_push(img, 64);
    uint8_t *f2 = gp_stack_push(img, 5000);
    assert_non_null(f1);
    assert_non_null(f2);
    assert_false(tu_child_fails(tu_write_byte, f2 + 4999));
    gp_stack_pop(img, f2);
    assert_true(tu_child_fails(tu_write_byte, f2 + 100));
    assert_false(tu_child_fails(tu_write_byte, f1 + 63));
    gp_stack_pop(img, f1);
    gp_mem_free(heap, s20, 20);
    gp_mem_free(heap, guard, 600);
    TU_CHECK(img);
    tu_destroy(img);
}
#endif

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(test_block_large_sizes),
        TU_TEST(test_block_coalesce_all_orders),
        TU_TEST(test_block_free_at_top),
        TU_TEST(test_block_reuse_same_size),
        TU_TEST(test_block_realloc_in_place),
        TU_TEST(test_block_realloc_null_and_exact_fit),
        TU_TEST(test_block_realloc_failure),
        TU_TEST(test_block_absurd_sizes),
        TU_TEST(test_block_random_churn),
#ifdef GP_ASAN
        TU_TEST(test_block_sanitizer_catches_misuse),
#endif
        /* last: a sanitizer report aborts the whole program */
        TU_TEST(test_block_realloc_same_class),
        TU_TEST(test_block_realloc_contents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
