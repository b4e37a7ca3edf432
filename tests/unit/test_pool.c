/*
 * test_pool.c - the small-object allocator: size classes, pools, LIFO
 * reuse, class statistics, and arenas coming and going.
 */
#include "testutil.h"

#include "mem/pool.h"

static size_t pool_capacity(uint32_t cls)
{
    return (GP_POOL_SIZE - GP_POOL_HEADER) / gp_pool_class_size(cls);
}

static void class_stats(GpImage *img, GpClassStats *cs)
{
    memset(cs, 0, GP_NCLASSES * sizeof *cs);
    gp_stats_classes(img, GP_AREA_HEAP, cs);
}

/* A small block sits inside the carved part of a pool of its class. */
static void check_small_block(GpImage *img, const void *p, size_t n)
{
    uint32_t cls = gp_pool_class(n);
    if (!tu_aligned(p))
        fail_msg("alloc(%zu) = %p: not 16-byte aligned", n, p);
    if (gp_image_area_of(img, p) != GP_AREA_HEAP)
        fail_msg("alloc(%zu) = %p: not in the heap", n, p);
    if (n && gp_image_area_of(img, (const uint8_t *)p + n - 1) != GP_AREA_HEAP)
        fail_msg("alloc(%zu) = %p: ends outside the heap", n, p);
    GpPool *pool = gp_pool_of(p);
    if (pool->cls != cls)
        fail_msg("alloc(%zu) = %p: pool %p has class %u, expected %u", n, p,
                 (void *)pool, pool->cls, cls);
    size_t off = (size_t)((const uint8_t *)p - (uint8_t *)pool);
    if (off < GP_POOL_HEADER || off + gp_pool_class_size(cls) > GP_POOL_SIZE)
        fail_msg("alloc(%zu) = %p: offset %zu in its pool overlaps the header or the end",
                 n, p, off);
    if ((off - GP_POOL_HEADER) % gp_pool_class_size(cls) != 0)
        fail_msg("alloc(%zu) = %p: offset %zu is not on a block boundary of class %u",
                 n, p, off, cls);
    assert_true(pool->ref >= 1);
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(void *const *)a, y = (uintptr_t)*(void *const *)b;
    return x < y ? -1 : x > y;
}

static void test_pool_usable_size(void **state)
{
    (void)state;
    for (size_t n = 1; n <= GP_SMALL_MAX; n++) {
        size_t want = 16 * ((n + 15) / 16);
        if (gp_mem_usable(n) != want)
            fail_msg("gp_mem_usable(%zu) = %zu, expected %zu", n, gp_mem_usable(n), want);
        assert_int_equal(gp_pool_class_size(gp_pool_class(n)), want);
    }
    assert_true(gp_mem_usable(0) >= 1 && gp_mem_usable(0) <= 16);
    for (size_t n = GP_SMALL_MAX + 1; n < 20000; n += 37) {
        assert_true(gp_mem_usable(n) >= n);
        assert_int_equal(gp_mem_usable(n) % GP_ALIGN, 0);
    }
    assert_int_equal(gp_pool_class(1), 0);
    assert_int_equal(gp_pool_class(16), 0);
    assert_int_equal(gp_pool_class(17), 1);
    assert_int_equal(gp_pool_class(512), GP_NCLASSES - 1);
}

/* Every request size 0..512: aligned, in the heap, in a pool of the right
 * class, usable for n bytes, distinct from every other live block. */
static void test_pool_every_size(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    enum { N = GP_SMALL_MAX + 1 };
    void *ptrs[N], *sorted[N];
    for (size_t n = 0; n < N; n++) {
        void *p = gp_mem_alloc(heap, n);
        if (!p)
            fail_msg("alloc(%zu) returned NULL", n);
        check_small_block(img, p, n);
        tu_fill(p, n, n);
        ptrs[n] = p;
    }
    TU_CHECK(img);
    for (size_t n = 0; n < N; n++)
        TU_VERIFY(ptrs[n], n, n);
    memcpy(sorted, ptrs, sizeof ptrs);
    qsort(sorted, N, sizeof sorted[0], cmp_ptr);
    for (size_t i = 1; i < N; i++)
        if (sorted[i] == sorted[i - 1])
            fail_msg("block %p handed out twice", sorted[i]);
    /* Blocks of different classes never share a pool. */
    for (size_t n = 1; n < N; n++)
        for (size_t m = 1; m < n; m += 13)
            if (gp_pool_class(m) != gp_pool_class(n))
                assert_ptr_not_equal(gp_pool_of(ptrs[n]), gp_pool_of(ptrs[m]));
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.small_blocks, N);
    assert_int_equal(s.large_blocks, 0);
    assert_int_equal(s.blocks, N);
    for (size_t n = 0; n < N; n++)
        gp_mem_free(heap, ptrs[n], n);
    TU_CHECK(img);
    s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.blocks, 0);
    assert_int_equal(s.used, 0);
    tu_destroy(img);
}

/* A pool is carved front to back: block k of the first pool of a class is
 * at header + k * size, and the pool holds (16K - header) / size blocks. */
static void test_pool_carving_and_capacity(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    static const uint32_t classes[] = { 0, 1, 2, 6, 15, 20, 24, 31 };
    for (size_t c = 0; c < sizeof classes / sizeof classes[0]; c++) {
        uint32_t cls = classes[c];
        size_t size = gp_pool_class_size(cls), cap = pool_capacity(cls);
        void **ptrs = malloc((cap + 1) * sizeof *ptrs);
        assert_non_null(ptrs);
        GpPool *pool = NULL;
        for (size_t k = 0; k <= cap; k++) {
            ptrs[k] = gp_mem_alloc(heap, size);
            assert_non_null(ptrs[k]);
            check_small_block(img, ptrs[k], size);
            if (k == 0) {
                pool = gp_pool_of(ptrs[0]);
                assert_ptr_equal(ptrs[0], (uint8_t *)pool + GP_POOL_HEADER);
            } else if (k < cap) {
                if (ptrs[k] != (uint8_t *)ptrs[k - 1] + size)
                    fail_msg("class %u: block %zu at %p, expected %p", cls, k, ptrs[k],
                             (void *)((uint8_t *)ptrs[k - 1] + size));
                assert_ptr_equal(gp_pool_of(ptrs[k]), pool);
            }
            tu_fill(ptrs[k], size, tu_addr_seed(ptrs[k]));
        }
        /* The pool is full after cap blocks: the next one is elsewhere. */
        assert_ptr_not_equal(gp_pool_of(ptrs[cap]), pool);
        assert_int_equal(pool->ref, cap);
        GpClassStats cs[GP_NCLASSES];
        class_stats(img, cs);
        assert_int_equal(cs[cls].size, size);
        assert_int_equal(cs[cls].in_use, cap + 1);
        assert_int_equal(cs[cls].pools, 2);
        assert_int_equal(cs[cls].in_use + cs[cls].free, 2 * cap);
        TU_CHECK(img);
        for (size_t k = 0; k <= cap; k++) {
            TU_VERIFY(ptrs[k], size, tu_addr_seed(ptrs[k]));
            gp_mem_free(heap, ptrs[k], size);
        }
        class_stats(img, cs);
        assert_int_equal(cs[cls].in_use, 0);
        TU_CHECK(img);
        free(ptrs);
    }
    tu_destroy(img);
}

/* alloc, free, alloc the same size: the same block comes back. */
static void test_pool_reuse_same_address(void **state)
{
    (void)state;
    GpImage *img = tu_image(4 * MiB);
    GpArea *heap = tu_heap(img);
    for (size_t n = 0; n <= GP_SMALL_MAX; n += (n < 40 ? 1 : 23)) {
        void *a = gp_mem_alloc(heap, n);
        assert_non_null(a);
        gp_mem_free(heap, a, n);
        void *b = gp_mem_alloc(heap, n);
        if (a != b)
            fail_msg("size %zu: freed %p, next alloc returned %p", n, a, b);
        /* Any size of the same class reuses it too. */
        gp_mem_free(heap, b, n);
        size_t other = n == 0 ? 16 : 16 * ((n + 15) / 16);
        void *c = gp_mem_alloc(heap, other);
        assert_ptr_equal(a, c);
        gp_mem_free(heap, c, other);
    }
    TU_CHECK(img);
    tu_destroy(img);
}

/* With 1000 live blocks of one class, freeing one in the middle makes it
 * the next block handed out. */
static void test_pool_reuse_middle(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    static const size_t sizes[] = { 16, 48, 100, 256, 500, 512 };
    enum { N = 1000 };
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        void *ptrs[N];
        for (int i = 0; i < N; i++) {
            ptrs[i] = gp_mem_alloc(heap, n);
            assert_non_null(ptrs[i]);
            tu_fill(ptrs[i], n, tu_addr_seed(ptrs[i]));
        }
        static const int victims[] = { 500, 0, 999, 1, 250, 731 };
        for (size_t v = 0; v < sizeof victims / sizeof victims[0]; v++) {
            int i = victims[v];
            void *old = ptrs[i];
            gp_mem_free(heap, old, n);
            ptrs[i] = gp_mem_alloc(heap, n);
            if (ptrs[i] != old)
                fail_msg("size %zu: freed block %d at %p, next alloc returned %p",
                         n, i, old, ptrs[i]);
            tu_fill(ptrs[i], n, tu_addr_seed(ptrs[i]));
        }
        TU_CHECK(img);
        for (int i = 0; i < N; i++) {
            TU_VERIFY(ptrs[i], n, tu_addr_seed(ptrs[i]));
            gp_mem_free(heap, ptrs[i], n);
        }
        TU_CHECK(img);
    }
    tu_destroy(img);
}

/* Several frees, then as many allocs: the blocks come back newest first,
 * both when they lie in one pool and when each lies in a different pool
 * (a free moves its pool to the front of the class's list). */
static void lifo_round(GpImage *img, void **ptrs, const int *victims, int k, size_t n)
{
    GpArea *heap = tu_heap(img);
    for (int v = 0; v < k; v++)
        gp_mem_free(heap, ptrs[victims[v]], n);
    for (int v = k - 1; v >= 0; v--) {
        void *p = gp_mem_alloc(heap, n);
        if (p != ptrs[victims[v]])
            fail_msg("LIFO: alloc returned %p, expected block %d at %p (freed as number %d "
                     "of %d)", p, victims[v], ptrs[victims[v]], v + 1, k);
    }
    TU_CHECK(img);
}

static void test_pool_lifo_order(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    enum { N = 2000 };
    const size_t n = 64;
    void *ptrs[N];
    for (int i = 0; i < N; i++) {
        ptrs[i] = gp_mem_alloc(heap, n);
        assert_non_null(ptrs[i]);
    }
    GpPool *open = gp_pool_of(ptrs[N - 1]);   /* the pool still being carved */

    /* Five blocks of the first (full) pool, scrambled (a 4 KiB pool holds
     * 62 blocks of 64 bytes). */
    static const int same[] = { 10, 50, 3, 40, 27 };
    for (int v = 0; v < 5; v++)
        assert_ptr_equal(gp_pool_of(ptrs[same[v]]), gp_pool_of(ptrs[0]));
    lifo_round(img, ptrs, same, 5, n);

    /* One block from each full pool, in a scrambled pool order. */
    int distinct[N / 16];
    int k = 0;
    for (int i = 0; i < N; i++) {
        GpPool *p = gp_pool_of(ptrs[i]);
        if (p == open)
            continue;
        int seen = 0;
        for (int j = 0; j < k; j++)
            seen |= gp_pool_of(ptrs[distinct[j]]) == p;
        if (!seen && k < 16) {
            /* a block a little into the pool, not its first; at most 16:
             * exact LIFO order holds for what the class's free list keeps */
            assert_ptr_equal(gp_pool_of(ptrs[i + 5]), p);
            distinct[k++] = i + 5;
        }
    }
    assert_true(k >= 5);
    for (int j = 0; j < k; j++) {
        int t = distinct[j];
        int o = (j * 5 + 3) % k;
        distinct[j] = distinct[o];
        distinct[o] = t;
    }
    lifo_round(img, ptrs, distinct, k, n);
    for (int i = 0; i < N; i++)
        gp_mem_free(heap, ptrs[i], n);
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_pool_class_stats(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    GpClassStats cs[GP_NCLASSES];
    class_stats(img, cs);
    for (uint32_t c = 0; c < GP_NCLASSES; c++) {
        assert_int_equal(cs[c].size, gp_pool_class_size(c));
        assert_int_equal(cs[c].in_use, 0);
        assert_int_equal(cs[c].pools, 0);
    }
    /* class c gets 10*(c+1) blocks */
    enum { MAXB = 10 * GP_NCLASSES };
    void *ptrs[GP_NCLASSES][MAXB];
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        for (uint32_t i = 0; i < 10 * (c + 1); i++) {
            ptrs[c][i] = gp_mem_alloc(heap, gp_pool_class_size(c) - (i % 16));
            assert_non_null(ptrs[c][i]);
        }
    class_stats(img, cs);
    size_t total = 0;
    for (uint32_t c = 0; c < GP_NCLASSES; c++) {
        if (cs[c].in_use != 10 * (c + 1))
            fail_msg("class %u: in_use %zu, expected %u", c, cs[c].in_use, 10 * (c + 1));
        size_t pools_needed = (10 * (c + 1) + pool_capacity(c) - 1) / pool_capacity(c);
        assert_int_equal(cs[c].pools, pools_needed);
        assert_int_equal(cs[c].in_use + cs[c].free, cs[c].pools * pool_capacity(c));
        total += cs[c].in_use;
    }
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.small_blocks, total);
    size_t used = 0;
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        used += cs[c].in_use * cs[c].size;
    assert_int_equal(s.used, used);
    TU_CHECK(img);
    /* Free half of each class. */
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        for (uint32_t i = 0; i < 10 * (c + 1); i += 2)
            gp_mem_free(heap, ptrs[c][i], gp_pool_class_size(c) - (i % 16));
    class_stats(img, cs);
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        assert_int_equal(cs[c].in_use, 5 * (c + 1));
    TU_CHECK(img);
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        for (uint32_t i = 1; i < 10 * (c + 1); i += 2)
            gp_mem_free(heap, ptrs[c][i], gp_pool_class_size(c) - (i % 16));
    class_stats(img, cs);
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        assert_int_equal(cs[c].in_use, 0);
    assert_int_equal(tu_stats(img, GP_AREA_HEAP).blocks, 0);
    TU_CHECK(img);
    tu_destroy(img);
}

/* Size 0 is a valid request: a unique, aligned, freeable block. */
static void test_pool_size_zero(void **state)
{
    (void)state;
    GpImage *img = tu_image(4 * MiB);
    GpArea *heap = tu_heap(img);
    enum { N = 100 };
    void *ptrs[N];
    for (int i = 0; i < N; i++) {
        ptrs[i] = gp_mem_alloc(heap, 0);
        assert_non_null(ptrs[i]);
        check_small_block(img, ptrs[i], 0);
        for (int j = 0; j < i; j++)
            assert_ptr_not_equal(ptrs[i], ptrs[j]);
    }
    GpClassStats cs[GP_NCLASSES];
    class_stats(img, cs);
    assert_int_equal(cs[0].in_use, N);
    for (int i = 0; i < N; i++)
        gp_mem_free(heap, ptrs[i], 0);
    class_stats(img, cs);
    assert_int_equal(cs[0].in_use, 0);
    /* realloc to and from 0 */
    void *p = gp_mem_alloc(heap, 0);
    assert_non_null(p);
    p = gp_mem_realloc(heap, p, 0, 40);
    assert_non_null(p);
    tu_fill(p, 40, 7);
    p = gp_mem_realloc(heap, p, 40, 0);
    assert_non_null(p);
    gp_mem_free(heap, p, 0);
    TU_CHECK(img);
    tu_destroy(img);
}

/* ---- arenas --------------------------------------------------------------- */

enum FreeOrder { FREE_FORWARD, FREE_REVERSE, FREE_SHUFFLED };

/*
 * Allocate enough small blocks to need several arenas, then free them all.
 * Freed newest first, the arenas empty from the top and the heap top comes
 * down as they go; in any order, gp_mem_trim brings the heap and the shared
 * gap back exactly to where they started.
 */
static void arenas_round_trip(enum FreeOrder order, size_t size, size_t count)
{
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    GpAreaStats h0 = tu_stats(img, GP_AREA_HEAP);
    GpAreaStats sh0 = tu_stats(img, GP_AREA_SHARED);
    uint8_t *hi0 = heap->hi;
    size_t arena_bytes = (size_t)heap->arena_pools * GP_POOL_SIZE;
    assert_int_equal(h0.arenas, 0);
    assert_int_equal(h0.blocks, 0);

    void **ptrs = malloc(count * sizeof *ptrs);
    assert_non_null(ptrs);
    size_t last_arenas = 0, growths = 0;
    for (size_t i = 0; i < count; i++) {
        ptrs[i] = gp_mem_alloc(heap, size);
        if (!ptrs[i])
            fail_msg("alloc %zu of %zu bytes failed", i, size);
        *(size_t *)ptrs[i] = i;
        if (i % 256 == 0 || i == count - 1) {
            GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
            assert_true(s.arenas >= last_arenas);
            if (s.arenas > last_arenas)
                growths++;
            last_arenas = s.arenas;
        }
    }
    GpAreaStats hp = tu_stats(img, GP_AREA_HEAP);
    size_t pools_needed = (count + pool_capacity(gp_pool_class(size)) - 1)
                          / pool_capacity(gp_pool_class(size));
    size_t arenas_needed = (pools_needed + heap->arena_pools - 1) / heap->arena_pools;
    assert_true(arenas_needed >= 3);
    assert_int_equal(hp.arenas, arenas_needed);
    assert_int_equal(hp.pools, pools_needed);
    assert_int_equal(hp.small_blocks, count);
    assert_true(growths >= 3);
    uint8_t *hi_peak = heap->hi;
    assert_true((size_t)(hi_peak - hi0) >= arenas_needed * arena_bytes);
    GpAreaStats shp = tu_stats(img, GP_AREA_SHARED);
    assert_int_equal(shp.lo, (uintptr_t)heap->hi);
    assert_int_equal(sh0.reserved - shp.reserved, (size_t)(hi_peak - hi0));
    TU_CHECK(img);

    uint64_t rng = 12345;
    if (order == FREE_SHUFFLED)
        for (size_t i = count - 1; i > 0; i--) {
            size_t j = (size_t)(tu_rand(&rng) % (i + 1));
            void *t = ptrs[i];
            ptrs[i] = ptrs[j];
            ptrs[j] = t;
        }
    for (size_t k = 0; k < count; k++) {
        size_t i = order == FREE_REVERSE ? count - 1 - k : k;
        gp_mem_free(heap, ptrs[i], size);
        if (k % 1000 == 0)
            TU_CHECK(img);
    }
    free(ptrs);
    TU_CHECK(img);
    GpAreaStats hf = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(hf.blocks, 0);
    assert_int_equal(hf.used, 0);
    /* Freed newest first, the arenas at the top empty first and the heap
     * top comes down with them. */
    if (order == FREE_REVERSE && heap->hi > hi0 + arena_bytes + GP_COMMIT_STEP)
        fail_msg("after freeing everything (newest first) the heap top is %zu bytes above "
                 "its start; one arena is %zu", (size_t)(heap->hi - hi0), arena_bytes);
    assert_true(heap->hi <= hi_peak);
    /* Blocks freed last wait on the class's free list; once they go back
     * to their pools, at most the one pool kept for the class is left, in
     * one arena. */
    gp_mem_flush(heap);
    TU_CHECK(img);
    hf = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(hf.blocks, 0);
    assert_true(hf.arenas <= 1);
    GpClassStats cs[GP_NCLASSES];
    class_stats(img, cs);
    assert_int_equal(cs[gp_pool_class(size)].in_use, 0);
    assert_true(cs[gp_pool_class(size)].pools <= 1);

    gp_mem_trim(heap);
    TU_CHECK(img);
    GpAreaStats ht = tu_stats(img, GP_AREA_HEAP);
    GpAreaStats sht = tu_stats(img, GP_AREA_SHARED);
    if (heap->hi != hi0)
        fail_msg("after gp_mem_trim the heap top is %zu bytes above its start",
                 (size_t)(heap->hi - hi0));
    assert_int_equal(ht.arenas, 0);
    assert_int_equal(ht.pools, 0);
    assert_int_equal(ht.blocks, 0);
    assert_int_equal(ht.used, h0.used);
    assert_int_equal(ht.committed, h0.committed);
    assert_int_equal(ht.hi, h0.hi);
    assert_int_equal(ht.free_chunks, h0.free_chunks);
    assert_int_equal(sht.lo, sh0.lo);
    assert_int_equal(sht.hi, sh0.hi);
    assert_int_equal(sht.reserved, sh0.reserved);
    assert_int_equal(heap->narenas, 0);

    /* The heap works again after being trimmed to nothing. */
    void *p = gp_mem_alloc(heap, size);
    assert_non_null(p);
    tu_fill(p, size, 3);
    TU_VERIFY(p, size, 3);
    gp_mem_free(heap, p, size);
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_pool_arenas_free_reverse(void **state)
{
    (void)state;
    arenas_round_trip(FREE_REVERSE, 256, 6000);
}

static void test_pool_arenas_free_forward(void **state)
{
    (void)state;
    arenas_round_trip(FREE_FORWARD, 256, 6000);
}

static void test_pool_arenas_free_shuffled(void **state)
{
    (void)state;
    arenas_round_trip(FREE_SHUFFLED, 32, 40000);
}

/* gp_mem_trim on a heap with live blocks releases only what is empty. */
static void test_pool_trim_keeps_live(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *heap = tu_heap(img);
    enum { N = 20000 };
    void **ptrs = malloc(N * sizeof *ptrs);
    assert_non_null(ptrs);
    for (int i = 0; i < N; i++) {
        size_t n = (size_t)(i % 32) * 16 + 1;
        ptrs[i] = gp_mem_alloc(heap, n);
        assert_non_null(ptrs[i]);
        tu_fill(ptrs[i], n, tu_addr_seed(ptrs[i]));
    }
    /* Free all but every 97th. */
    for (int i = 0; i < N; i++)
        if (i % 97 != 0)
            gp_mem_free(heap, ptrs[i], (size_t)(i % 32) * 16 + 1);
    TU_CHECK(img);
    gp_mem_trim(heap);
    TU_CHECK(img);
    GpAreaStats s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.small_blocks, (N + 96) / 97);
    /* No pool without a live block is left on a class's list. */
    GpClassStats cs[GP_NCLASSES];
    class_stats(img, cs);
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        if (cs[c].pools > cs[c].in_use)
            fail_msg("after trim class %u has %zu pools for %zu live blocks", c,
                     cs[c].pools, cs[c].in_use);
    for (int i = 0; i < N; i += 97)
        TU_VERIFY(ptrs[i], (size_t)(i % 32) * 16 + 1, tu_addr_seed(ptrs[i]));
    for (int i = 0; i < N; i += 97)
        gp_mem_free(heap, ptrs[i], (size_t)(i % 32) * 16 + 1);
    gp_mem_trim(heap);
    TU_CHECK(img);
    s = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(s.blocks, 0);
    assert_int_equal(s.arenas, 0);
    assert_ptr_equal(heap->hi, heap->lo);
    free(ptrs);
    tu_destroy(img);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(test_pool_usable_size),
        TU_TEST(test_pool_every_size),
        TU_TEST(test_pool_carving_and_capacity),
        TU_TEST(test_pool_reuse_same_address),
        TU_TEST(test_pool_reuse_middle),
        TU_TEST(test_pool_lifo_order),
        TU_TEST(test_pool_class_stats),
        TU_TEST(test_pool_size_zero),
        TU_TEST(test_pool_arenas_free_reverse),
        TU_TEST(test_pool_arenas_free_forward),
        TU_TEST(test_pool_arenas_free_shuffled),
        TU_TEST(test_pool_trim_keeps_live),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
