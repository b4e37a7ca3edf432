/*
 * test_stack.c - the frame stack: placement and order of frames, walking,
 * the moving stack.lo, and the collision of stack and heap from both sides.
 */
#include "testutil.h"

#include "mem/stack.h"

typedef struct Frame {
    uint8_t *p;
    size_t n;
} Frame;

static uint64_t frame_seed(const Frame *f)
{
    return tu_addr_seed(f->p) ^ (f->n * 31);
}

/* Push one frame and check where it landed relative to the previous one
 * (prev may be NULL) and to the heap. */
static uint8_t *push_checked(GpImage *img, size_t n, const Frame *prev)
{
    GpArea *stack = tu_stack(img), *heap = tu_heap(img);
    size_t depth = gp_stack_depth(img);
    uint8_t *f = gp_stack_push(img, n);
    if (!f) {
        assert_int_equal(gp_stack_depth(img), depth);
        return NULL;
    }
    if (!tu_aligned(f))
        fail_msg("push(%zu) = %p: not 16-byte aligned", n, (void *)f);
    /* A frame of 0 bytes may point just past its header, which can be the
     * top of the stack: check its header byte instead. */
    if (gp_image_area_of(img, n ? f : f - 1) != GP_AREA_STACK ||
        (n && gp_image_area_of(img, f + n - 1) != GP_AREA_STACK))
        fail_msg("push(%zu) = %p: not inside the stack [%p, %p)", n, (void *)f,
                 (void *)stack->lo, (void *)stack->hi);
    if (prev && f + n >= prev->p)
        fail_msg("push(%zu) = %p: not below the previous frame %p", n, (void *)f,
                 (void *)prev->p);
    if (stack->lo < heap->hi)
        fail_msg("stack.lo %p below heap.hi %p", (void *)stack->lo, (void *)heap->hi);
    if (gp_stack_frame_size(f) < n)
        fail_msg("push(%zu): frame size %zu", n, gp_stack_frame_size(f));
    assert_int_equal(gp_stack_depth(img), depth + 1);
    assert_ptr_equal(gp_stack_next(img, NULL), f);
    return f;
}

/* Walk newest to oldest and compare with frames[0..n) (oldest first). */
static void check_walk(GpImage *img, const Frame *frames, size_t n)
{
    void *f = NULL;
    for (size_t i = n; i-- > 0;) {
        f = gp_stack_next(img, f);
        if (f != frames[i].p)
            fail_msg("walk: frame %zu is %p, expected %p", i, f, (void *)frames[i].p);
    }
    assert_null(gp_stack_next(img, f));
    assert_int_equal(gp_stack_depth(img), n);
}

static void test_stack_empty(void **state)
{
    (void)state;
    GpImage *img = tu_image(4 * MiB);
    GpArea *stack = tu_stack(img);
    assert_int_equal(gp_stack_depth(img), 0);
    assert_null(gp_stack_next(img, NULL));
    assert_ptr_equal(stack->hi, gp_image_area(img, GP_AREA_HIGHER)->lo);
    GpAreaStats s = tu_stats(img, GP_AREA_STACK);
    assert_int_equal(s.blocks, 0);
    assert_int_equal(s.used, 0);
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_stack_push_pop_order(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *stack = tu_stack(img);
    static const size_t sizes[] = {
        0, 1, 15, 16, 17, 31, 32, 100, 255, 256, 1000, 4095, 4096, 4097, 20000, 65536, 65537,
        100000, 7, 48, 300000, 64, 1,
    };
    enum { N = sizeof sizes / sizeof sizes[0] };
    Frame fr[N];
    for (size_t i = 0; i < N; i++) {
        fr[i].n = sizes[i];
        fr[i].p = push_checked(img, sizes[i], i ? &fr[i - 1] : NULL);
        if (!fr[i].p)
            fail_msg("push(%zu) failed at depth %zu", sizes[i], i);
        tu_fill(fr[i].p, fr[i].n, frame_seed(&fr[i]));
        check_walk(img, fr, i + 1);
    }
    GpAreaStats s = tu_stats(img, GP_AREA_STACK);
    assert_int_equal(s.blocks, N);
    size_t sum = 0;
    for (size_t i = 0; i < N; i++)
        sum += sizes[i];
    assert_true(s.used >= sum);
    assert_true(s.peak_used >= sum);
    assert_true(stack->sp <= fr[N - 1].p);
    TU_CHECK(img);
    /* Pop back to depth 10, checking every frame each time. */
    for (size_t i = N; i-- > 10;) {
        for (size_t j = 0; j <= i; j++)
            TU_VERIFY(fr[j].p, fr[j].n, frame_seed(&fr[j]));
        gp_stack_pop(img, fr[i].p);
        assert_int_equal(gp_stack_depth(img), i);
        check_walk(img, fr, i);
    }
    TU_CHECK(img);
    /* A new frame lands where the popped frame 10 was. */
    uint8_t *again = push_checked(img, sizes[10], &fr[9]);
    assert_ptr_equal(again, fr[10].p);
    gp_stack_pop(img, again);
    for (size_t i = 10; i-- > 0;) {
        TU_VERIFY(fr[i].p, fr[i].n, frame_seed(&fr[i]));
        gp_stack_pop(img, fr[i].p);
    }
    assert_int_equal(gp_stack_depth(img), 0);
    assert_null(gp_stack_next(img, NULL));
    assert_ptr_equal(stack->sp, stack->hi);
    s = tu_stats(img, GP_AREA_STACK);
    assert_int_equal(s.blocks, 0);
    assert_int_equal(s.used, 0);
    assert_true(s.peak_used >= sum);
    TU_CHECK(img);
    tu_destroy(img);
}

/* Older frames keep their data through a long random walk of pushes and
 * pops of the newer ones. */
static void test_stack_data_survives(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    enum { MAXD = 400 };
    Frame fr[MAXD];
    size_t d = 0;
    uint64_t rng = 0x57AC;
    for (int op = 0; op < 40000; op++) {
        int push = d == 0 || (d < MAXD && (tu_rand(&rng) % 100) < 52);
        if (push) {
            size_t n = (tu_rand(&rng) & 7) ? tu_range(&rng, 0, 300) : tu_range(&rng, 301, 20000);
            fr[d].n = n;
            fr[d].p = push_checked(img, n, d ? &fr[d - 1] : NULL);
            if (!fr[d].p)
                fail_msg("push(%zu) failed at depth %zu", n, d);
            tu_fill(fr[d].p, n, frame_seed(&fr[d]));
            d++;
        } else {
            d--;
            TU_VERIFY(fr[d].p, fr[d].n, frame_seed(&fr[d]));
            gp_stack_pop(img, fr[d].p);
        }
        if (op % 4000 == 0) {
            for (size_t j = 0; j < d; j++)
                TU_VERIFY(fr[j].p, fr[j].n, frame_seed(&fr[j]));
            check_walk(img, fr, d);
            TU_CHECK(img);
        }
    }
    while (d > 0) {
        d--;
        TU_VERIFY(fr[d].p, fr[d].n, frame_seed(&fr[d]));
        gp_stack_pop(img, fr[d].p);
    }
    assert_int_equal(gp_stack_depth(img), 0);
    TU_CHECK(img);
    tu_destroy(img);
}

/* stack.lo follows a deep stack down in commit steps and, once the frames
 * are popped and the stack trimmed, comes back; the shared gap follows. */
static void test_stack_lo_moves(void **state)
{
    (void)state;
    GpImage *img = tu_image(64 * MiB);
    GpArea *stack = tu_stack(img);
    uint8_t *lo0 = stack->lo;
    GpAreaStats sh0 = tu_stats(img, GP_AREA_SHARED);
    enum { N = 64 };
    Frame fr[N];
    for (size_t i = 0; i < N; i++) {
        fr[i].n = 50000;
        fr[i].p = push_checked(img, fr[i].n, i ? &fr[i - 1] : NULL);
        assert_non_null(fr[i].p);
        tu_fill(fr[i].p, fr[i].n, frame_seed(&fr[i]));
        assert_true(stack->lo <= fr[i].p);
        assert_int_equal((uintptr_t)stack->lo % GP_COMMIT_STEP, 0);
        assert_ptr_equal(gp_image_area(img, GP_AREA_SHARED)->hi, stack->lo);
    }
    uint8_t *deep = stack->lo;
    assert_true((size_t)(lo0 - deep) >= (size_t)N * 50000);
    GpAreaStats sh = tu_stats(img, GP_AREA_SHARED);
    assert_int_equal(sh0.reserved - sh.reserved, (size_t)(lo0 - deep));
    GpAreaStats st = tu_stats(img, GP_AREA_STACK);
    assert_int_equal(st.reserved, (size_t)(lo0 - deep));
    assert_true(st.peak_used >= (size_t)N * 50000);
    TU_CHECK(img);
    for (size_t i = N; i-- > 0;) {
        TU_VERIFY(fr[i].p, fr[i].n, frame_seed(&fr[i]));
        gp_stack_pop(img, fr[i].p);
        assert_true(stack->lo >= deep);
        assert_true(stack->lo <= stack->sp);
    }
    TU_CHECK(img);
    /* Popping alone already gave most of it back... */
    if ((size_t)(stack->lo - deep) < (size_t)N * 50000 / 2)
        fail_msg("after popping %d frames of 50000 bytes stack.lo rose only %zu bytes",
                 N, (size_t)(stack->lo - deep));
    /* ... and trimming gives back the rest. */
    gp_area_trim_down(stack, 0);
    assert_ptr_equal(stack->lo, lo0);
    sh = tu_stats(img, GP_AREA_SHARED);
    assert_int_equal(sh.reserved, sh0.reserved);
    assert_int_equal(sh.hi, sh0.hi);
    TU_CHECK(img);
    /* The stack works again after being trimmed to nothing. */
    uint8_t *f = push_checked(img, 70000, NULL);
    assert_non_null(f);
    tu_fill(f, 70000, 9);
    TU_VERIFY(f, 70000, 9);
    gp_stack_pop(img, f);
    TU_CHECK(img);
    tu_destroy(img);
}

/* Absurd frame sizes fail cleanly and change nothing. */
static void test_stack_absurd_push(void **state)
{
    (void)state;
    GpImage *img = tu_image(4 * MiB);
    GpArea *stack = tu_stack(img);
    uint8_t *f0 = push_checked(img, 100, NULL);
    assert_non_null(f0);
    uint8_t *lo = stack->lo, *sp = stack->sp;
    static const size_t sizes[] = {
        SIZE_MAX, SIZE_MAX - 1, SIZE_MAX - 15, SIZE_MAX - 16, SIZE_MAX - 31, SIZE_MAX / 2,
        (size_t)1 << 40, 64 * MiB, 4 * MiB, 4 * MiB - 16,
    };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        if (gp_stack_push(img, sizes[i]) != NULL)
            fail_msg("push(%zu) in a 4M image did not fail", sizes[i]);
        assert_int_equal(gp_stack_depth(img), 1);
        assert_ptr_equal(stack->sp, sp);
        assert_true(stack->lo <= lo);
        TU_CHECK(img);
    }
    assert_ptr_equal(gp_stack_next(img, NULL), f0);
    gp_stack_pop(img, f0);
    TU_CHECK(img);
    tu_destroy(img);
}

/* ---- collision of heap and stack -------------------------------------------- */

typedef struct Blocks {
    Frame *b;
    size_t n, cap;
    size_t bytes;
} Blocks;

static void blocks_add(Blocks *bs, uint8_t *p, size_t n)
{
    if (bs->n == bs->cap) {
        bs->cap = bs->cap ? 2 * bs->cap : 1024;
        bs->b = realloc(bs->b, bs->cap * sizeof *bs->b);
        assert_non_null(bs->b);
    }
    bs->b[bs->n].p = p;
    bs->b[bs->n].n = n;
    bs->n++;
    bs->bytes += n;
}

/* Allocate n-byte heap blocks until the heap is full; returns how many. */
static size_t heap_fill(GpImage *img, Blocks *bs, size_t n)
{
    GpArea *heap = tu_heap(img), *stack = tu_stack(img);
    size_t got = 0;
    for (;;) {
        uint8_t *p = gp_mem_alloc(heap, n);
        if (heap->hi > stack->lo)
            fail_msg("heap.hi %p above stack.lo %p", (void *)heap->hi, (void *)stack->lo);
        if (!p)
            break;
        if (gp_image_area_of(img, p) != GP_AREA_HEAP ||
            gp_image_area_of(img, p + n - 1) != GP_AREA_HEAP)
            fail_msg("alloc(%zu) = %p outside the heap", n, (void *)p);
        tu_fill(p, n, tu_addr_seed(p));
        blocks_add(bs, p, n);
        got++;
        if (got > 10 * MiB)
            fail_msg("alloc(%zu) never fails", n);
    }
    /* A second try fails too, and changes nothing. */
    assert_null(gp_mem_alloc(heap, n));
    return got;
}

static void heap_verify(const Blocks *bs)
{
    for (size_t i = 0; i < bs->n; i++)
        TU_VERIFY(bs->b[i].p, bs->b[i].n, tu_addr_seed(bs->b[i].p));
}

static void heap_release(GpImage *img, Blocks *bs)
{
    heap_verify(bs);
    for (size_t i = bs->n; i-- > 0;)
        gp_mem_free(tu_heap(img), bs->b[i].p, bs->b[i].n);
    free(bs->b);
    memset(bs, 0, sizeof *bs);
    gp_mem_trim(tu_heap(img));
}

/* Push n-byte frames until the stack overflows; returns how many. */
static size_t stack_fill(GpImage *img, Frame *fr, size_t *depth, size_t max, size_t n)
{
    size_t got = 0;
    for (;;) {
        if (*depth == max)
            fail_msg("push(%zu) never fails", n);
        Frame *prev = *depth ? &fr[*depth - 1] : NULL;
        uint8_t *f = push_checked(img, n, prev);
        if (!f)
            break;
        fr[*depth].p = f;
        fr[*depth].n = n;
        tu_fill(f, n, frame_seed(&fr[*depth]));
        (*depth)++;
        got++;
    }
    /* The last good frame is still usable. */
    if (*depth) {
        Frame *last = &fr[*depth - 1];
        TU_VERIFY(last->p, last->n, frame_seed(last));
        memset(last->p, 0x5A, last->n);
        tu_fill(last->p, last->n, frame_seed(last));
    }
    return got;
}

static void stack_verify(const Frame *fr, size_t depth)
{
    for (size_t i = 0; i < depth; i++)
        TU_VERIFY(fr[i].p, fr[i].n, frame_seed(&fr[i]));
}

static void stack_release(GpImage *img, const Frame *fr, size_t *depth)
{
    while (*depth) {
        (*depth)--;
        TU_VERIFY(fr[*depth].p, fr[*depth].n, frame_seed(&fr[*depth]));
        gp_stack_pop(img, fr[*depth].p);
    }
}

enum { MAXFRAMES = 1 << 16 };

/* The stack first: it grows until it meets the heap, the heap then cannot
 * grow; once the frames are popped the heap takes the space. */
static void test_stack_collision_stack_first(void **state)
{
    (void)state;
    static const size_t image_sizes[] = { 2 * MiB, 4 * MiB, GP_MIN_IMAGE };
    for (size_t k = 0; k < sizeof image_sizes / sizeof image_sizes[0]; k++) {
        GpImage *img = tu_image(image_sizes[k]);
        GpArea *heap = tu_heap(img), *stack = tu_stack(img);
        Frame *fr = malloc(MAXFRAMES * sizeof *fr);
        assert_non_null(fr);
        size_t depth = 0;
        Blocks early = { 0 }, late = { 0 }, after = { 0 };

        /* a little heap in use before the stack grows */
        for (int i = 0; i < 20; i++) {
            uint8_t *p = gp_mem_alloc(heap, 5000);
            assert_non_null(p);
            tu_fill(p, 5000, tu_addr_seed(p));
            blocks_add(&early, p, 5000);
        }
        uint8_t *hi_early = heap->hi;

        size_t big = stack_fill(img, fr, &depth, MAXFRAMES, 8000);
        stack_fill(img, fr, &depth, MAXFRAMES, 16);
        assert_true(big > 0);
        assert_true(stack->lo >= heap->hi);
        assert_true(heap->hi <= hi_early);
        /* What is left between the heap and the newest frame is less than
         * one small frame plus a header or two. */
        assert_true((size_t)(stack->sp - heap->hi) < 64);
        TU_CHECK(img);
        stack_verify(fr, depth);

        /* The heap cannot grow now; whatever it still serves lies below the
         * stack. */
        heap_fill(img, &late, 16);
        heap_fill(img, &late, 512);
        heap_fill(img, &late, 513);
        heap_fill(img, &late, 4096);
        heap_fill(img, &late, 100000);
        assert_true(heap->hi <= stack->lo);
        assert_true(heap->hi <= hi_early);
        TU_CHECK(img);
        stack_verify(fr, depth);
        heap_verify(&early);
        heap_verify(&late);

        stack_release(img, fr, &depth);
        TU_CHECK(img);
        uint8_t *hi_full = heap->hi;
        size_t more = heap_fill(img, &after, 4096);
        heap_fill(img, &after, 100);
        /* The stack gave its space back: the heap grew well past where it
         * stood while the stack was full. */
        if (more * 4096 < (size_t)(big * 8000) / 2)
            fail_msg("%zu-byte image: after popping %zu frames of 8000 bytes the heap "
                     "took only %zu blocks of 4096", image_sizes[k], big, more);
        assert_true(heap->hi > hi_full);
        assert_true(heap->hi <= stack->lo);
        TU_CHECK(img);
        heap_verify(&early);
        heap_verify(&late);
        heap_release(img, &after);
        heap_release(img, &late);
        heap_release(img, &early);
        TU_CHECK(img);
        assert_ptr_equal(heap->hi, heap->lo);
        free(fr);
        tu_destroy(img);
    }
}

/* The heap first: filled, it leaves the stack little room; freed and
 * trimmed, the stack gets it all. */
static void test_stack_collision_heap_first(void **state)
{
    (void)state;
    static const size_t image_sizes[] = { 2 * MiB, 4 * MiB, GP_MIN_IMAGE };
    for (size_t k = 0; k < sizeof image_sizes / sizeof image_sizes[0]; k++) {
        /* reference: how many frames fit in an empty image */
        GpImage *ref = tu_image(image_sizes[k]);
        Frame *fr = malloc(MAXFRAMES * sizeof *fr);
        assert_non_null(fr);
        size_t depth = 0;
        size_t n_empty = stack_fill(ref, fr, &depth, MAXFRAMES, 8000);
        stack_release(ref, fr, &depth);
        tu_destroy(ref);

        GpImage *img = tu_image(image_sizes[k]);
        GpArea *heap = tu_heap(img), *stack = tu_stack(img);
        Blocks bs = { 0 };
        heap_fill(img, &bs, 100000);
        heap_fill(img, &bs, 4096);
        heap_fill(img, &bs, 513);
        heap_fill(img, &bs, 64);
        heap_fill(img, &bs, 16);
        TU_CHECK(img);
        size_t n_full = stack_fill(img, fr, &depth, MAXFRAMES, 8000);
        if (n_full >= n_empty / 4)
            fail_msg("%zu-byte image: with the heap full the stack still took %zu frames "
                     "(%zu in an empty image)", image_sizes[k], n_full, n_empty);
        assert_true(heap->hi <= stack->lo);
        TU_CHECK(img);
        heap_verify(&bs);
        stack_verify(fr, depth);
        stack_release(img, fr, &depth);
        heap_release(img, &bs);
        TU_CHECK(img);
        size_t n_after = stack_fill(img, fr, &depth, MAXFRAMES, 8000);
        if (n_after != n_empty)
            fail_msg("%zu-byte image: after the heap was freed the stack took %zu frames, "
                     "%zu in an empty image", image_sizes[k], n_after, n_empty);
        stack_verify(fr, depth);
        stack_release(img, fr, &depth);
        TU_CHECK(img);
        free(fr);
        tu_destroy(img);
    }
}

/* Heap and stack take turns growing into the shared gap. */
static void test_stack_heap_interleaved(void **state)
{
    (void)state;
    GpImage *img = tu_image(8 * MiB);
    GpArea *heap = tu_heap(img), *stack = tu_stack(img);
    Frame *fr = malloc(MAXFRAMES * sizeof *fr);
    assert_non_null(fr);
    size_t depth = 0;
    Blocks bs = { 0 };
    uint64_t rng = 0x1E4F;
    int heap_full = 0, stack_full = 0;
    for (int op = 0; op < 20000 && !(heap_full && stack_full); op++) {
        if (tu_rand(&rng) & 1) {
            size_t n = (tu_rand(&rng) & 1) ? tu_range(&rng, 1, 512) : tu_range(&rng, 513, 30000);
            uint8_t *p = gp_mem_alloc(heap, n);
            if (p) {
                tu_fill(p, n, tu_addr_seed(p));
                blocks_add(&bs, p, n);
            } else {
                heap_full = 1;
            }
        } else {
            size_t n = tu_range(&rng, 0, 30000);
            uint8_t *f = push_checked(img, n, depth ? &fr[depth - 1] : NULL);
            if (f) {
                fr[depth].p = f;
                fr[depth].n = n;
                tu_fill(f, n, frame_seed(&fr[depth]));
                depth++;
            } else {
                stack_full = 1;
            }
        }
        if (heap->hi > stack->lo)
            fail_msg("heap.hi %p above stack.lo %p", (void *)heap->hi, (void *)stack->lo);
        if (op % 500 == 0)
            TU_CHECK(img);
    }
    assert_true(heap_full || stack_full);
    TU_CHECK(img);
    heap_verify(&bs);
    stack_verify(fr, depth);
    stack_release(img, fr, &depth);
    heap_release(img, &bs);
    gp_area_trim_down(stack, 0);
    TU_CHECK(img);
    assert_ptr_equal(heap->hi, heap->lo);
    assert_ptr_equal(stack->lo, stack->hi);
    free(fr);
    tu_destroy(img);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(test_stack_empty),
        TU_TEST(test_stack_push_pop_order),
        TU_TEST(test_stack_data_survives),
        TU_TEST(test_stack_lo_moves),
        TU_TEST(test_stack_absurd_push),
        TU_TEST(test_stack_collision_stack_first),
        TU_TEST(test_stack_collision_heap_first),
        TU_TEST(test_stack_heap_interleaved),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
