/*
 * test_image.c - the image: layout of the seven areas, gp_image_area_of,
 * the argv/environ copy in the higher area, size parsing and creation
 * failures, two images side by side.
 */
#include "testutil.h"

#include "mem/block.h"
#include "mem/pool.h"
#include "mem/stack.h"

static const GpAreaKind all_areas[GP_AREA_COUNT] = {
    GP_AREA_TEXT, GP_AREA_STATIC, GP_AREA_GLOBAL, GP_AREA_HEAP,
    GP_AREA_SHARED, GP_AREA_STACK, GP_AREA_HIGHER,
};

/* The areas tile [base, base+size) in order, with no gap or overlap. */
static void check_tiling(GpImage *img)
{
    uint8_t *expect = img->base;
    assert_true(img->size >= GP_MIN_IMAGE);
    assert_int_equal((uintptr_t)img->base % GP_COMMIT_STEP, 0);
    for (int i = 0; i < GP_AREA_COUNT; i++) {
        GpArea *a = gp_image_area(img, all_areas[i]);
        assert_non_null(a);
        assert_int_equal(a->kind, all_areas[i]);
        assert_ptr_equal(a->image, img);
        assert_string_equal(gp_area_name(all_areas[i]), a->name);
        if (a->lo != expect)
            fail_msg("area %s starts at %p, expected %p (end of the previous area)",
                     a->name, (void *)a->lo, (void *)expect);
        assert_true(a->lo <= a->hi);
        expect = a->hi;
    }
    assert_ptr_equal(expect, img->base + img->size);
}

/* area_of answers right for the first and last byte of every non-empty
 * area, and NONE just outside the image. */
static void check_area_of(GpImage *img)
{
    for (int i = 0; i < GP_AREA_COUNT; i++) {
        GpArea *a = gp_image_area(img, all_areas[i]);
        if (a->lo == a->hi)
            continue;
        if (gp_image_area_of(img, a->lo) != all_areas[i])
            fail_msg("area_of(first byte of %s = %p) = %d", a->name, (void *)a->lo,
                     gp_image_area_of(img, a->lo));
        if (gp_image_area_of(img, a->hi - 1) != all_areas[i])
            fail_msg("area_of(last byte of %s = %p) = %d", a->name, (void *)(a->hi - 1),
                     gp_image_area_of(img, a->hi - 1));
    }
    const void *below = (const void *)((uintptr_t)img->base - 1);
    const void *above = (const void *)((uintptr_t)img->base + img->size);
    assert_int_equal(gp_image_area_of(img, below), GP_AREA_NONE);
    assert_int_equal(gp_image_area_of(img, above), GP_AREA_NONE);
    assert_int_equal(gp_image_area_of(img, NULL), GP_AREA_NONE);
    int local;
    assert_int_equal(gp_image_area_of(img, &local), GP_AREA_NONE);
}

static void test_image_areas_tile_fresh(void **state)
{
    (void)state;
    static const size_t sizes[] = { GP_MIN_IMAGE, 4 * MiB, 64 * MiB, 1 * MiB + 64 * KiB,
                                    3 * MiB + 12345 };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        GpImage *img = tu_image(sizes[i]);
        assert_true(img->size <= sizes[i]);
        assert_true(img->size > sizes[i] - GP_COMMIT_STEP);
        check_tiling(img);
        /* The fixed areas and the higher area are not empty. */
        assert_true(gp_image_area(img, GP_AREA_TEXT)->hi > gp_image_area(img, GP_AREA_TEXT)->lo);
        assert_true(gp_image_area(img, GP_AREA_STATIC)->hi > gp_image_area(img, GP_AREA_STATIC)->lo);
        assert_true(gp_image_area(img, GP_AREA_GLOBAL)->hi > gp_image_area(img, GP_AREA_GLOBAL)->lo);
        assert_true(gp_image_area(img, GP_AREA_HIGHER)->hi > gp_image_area(img, GP_AREA_HIGHER)->lo);
        assert_true(gp_image_area(img, GP_AREA_SHARED)->hi > gp_image_area(img, GP_AREA_SHARED)->lo);
        check_area_of(img);
        TU_CHECK(img);
        tu_destroy(img);
    }
}

/* With blocks in the heap and frames on the stack, the moving boundaries
 * moved and the tiling and area_of still hold. */
static void test_image_areas_tile_in_use(void **state)
{
    (void)state;
    GpImage *img = tu_image(16 * MiB);
    GpArea *heap = tu_heap(img), *stack = tu_stack(img);
    uint8_t *heap_hi0 = heap->hi, *stack_lo0 = stack->lo;
    void *small = gp_mem_alloc(heap, 100);
    void *large = gp_mem_alloc(heap, 300000);
    void *frame = gp_stack_push(img, 200000);
    assert_non_null(small);
    assert_non_null(large);
    assert_non_null(frame);
    assert_true(heap->hi > heap_hi0);
    assert_true(stack->lo < stack_lo0);
    assert_int_equal((uintptr_t)heap->hi % GP_COMMIT_STEP, 0);
    assert_int_equal((uintptr_t)stack->lo % GP_COMMIT_STEP, 0);
    check_tiling(img);
    check_area_of(img);
    assert_int_equal(gp_image_area_of(img, small), GP_AREA_HEAP);
    assert_int_equal(gp_image_area_of(img, large), GP_AREA_HEAP);
    assert_int_equal(gp_image_area_of(img, (uint8_t *)large + 299999), GP_AREA_HEAP);
    assert_int_equal(gp_image_area_of(img, frame), GP_AREA_STACK);
    assert_int_equal(gp_image_area_of(img, (uint8_t *)frame + 199999), GP_AREA_STACK);
    TU_CHECK(img);
    gp_stack_pop(img, frame);
    gp_mem_free(heap, large, 300000);
    gp_mem_free(heap, small, 100);
    check_tiling(img);
    check_area_of(img);
    TU_CHECK(img);
    tu_destroy(img);
}

static void test_image_area_names(void **state)
{
    (void)state;
    static const char *const names[GP_AREA_COUNT] = {
        "text", "static", "global", "heap", "shared", "stack", "higher",
    };
    for (int i = 0; i < GP_AREA_COUNT; i++)
        assert_string_equal(gp_area_name(all_areas[i]), names[i]);
    assert_non_null(gp_area_name(GP_AREA_NONE));
}

static int in_higher(GpImage *img, const void *p)
{
    return gp_image_area_of(img, p) == GP_AREA_HIGHER;
}

static void test_image_argv_envp_copied(void **state)
{
    (void)state;
    char a0[] = "glasspy", a1[] = "-c", a2[] = "print('hello, world')", a3[] = "";
    char e0[] = "HOME=/root", e1[] = "PATH=/usr/bin:/bin", e2[] = "EMPTY=";
    char *argv[] = { a0, a1, a2, a3, NULL };
    char *envp[] = { e0, e1, e2, NULL };
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = 4 * MiB, .argc = 4,
                                                      .argv = argv, .envp = envp },
                                   err, sizeof err);
    if (!img)
        fail_msg("gp_image_create: %s", err);
    tu_register(img);
    /* The originals change; the copies must not. */
    a0[0] = 'X';
    e1[0] = 'X';
    assert_int_equal(img->argc, 4);
    assert_non_null(img->argv);
    assert_non_null(img->envp);
    assert_true(in_higher(img, img->argv));
    assert_true(in_higher(img, &img->argv[4]));
    assert_true(in_higher(img, img->envp));
    assert_true(in_higher(img, &img->envp[3]));
    static const char *const want_argv[] = { "glasspy", "-c", "print('hello, world')", "" };
    static const char *const want_envp[] = { "HOME=/root", "PATH=/usr/bin:/bin", "EMPTY=" };
    for (int i = 0; i < 4; i++) {
        assert_non_null(img->argv[i]);
        assert_string_equal(img->argv[i], want_argv[i]);
        assert_true(in_higher(img, img->argv[i]));
        assert_true(in_higher(img, img->argv[i] + strlen(img->argv[i])));
        assert_ptr_not_equal(img->argv[i], argv[i]);
    }
    assert_null(img->argv[4]);
    for (int i = 0; i < 3; i++) {
        assert_non_null(img->envp[i]);
        assert_string_equal(img->envp[i], want_envp[i]);
        assert_true(in_higher(img, img->envp[i]));
        assert_true(in_higher(img, img->envp[i] + strlen(img->envp[i])));
    }
    assert_null(img->envp[3]);
    assert_true(img->higher_used > 0);
    GpArea *h = gp_image_area(img, GP_AREA_HIGHER);
    assert_true(img->higher_used <= (size_t)(h->hi - h->lo));
    check_tiling(img);
    TU_CHECK(img);
    /* The heap and the stack still work beside the copied arguments. */
    void *p = gp_mem_alloc(tu_heap(img), 1000);
    void *f = gp_stack_push(img, 1000);
    assert_non_null(p);
    assert_non_null(f);
    memset(p, 0xAB, 1000);
    memset(f, 0xCD, 1000);
    assert_string_equal(img->argv[2], "print('hello, world')");
    assert_string_equal(img->envp[1], "PATH=/usr/bin:/bin");
    gp_stack_pop(img, f);
    gp_mem_free(tu_heap(img), p, 1000);
    TU_CHECK(img);
    tu_destroy(img);
}

/* The room kept above argv and environ for the objects made from them:
 * packed, 16-byte aligned, inside the higher area, counted, never freed,
 * and a request past the room fails cleanly. */
static void test_image_higher_objects(void **state)
{
    (void)state;
    char a0[] = "glasspy";
    char *argv[] = { a0, NULL };
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = 4 * MiB, .argc = 1, .argv = argv,
                                                      .higher_objects = 100 * 1024 },
                                   err, sizeof err);
    if (!img)
        fail_msg("gp_image_create: %s", err);
    tu_register(img);
    GpArea *h = gp_image_area(img, GP_AREA_HIGHER);
    assert_true((size_t)(h->hi - h->lo) >= 100 * 1024);
    size_t used = img->higher_used;
    uint8_t *a = gp_mem_alloc(h, 40);
    uint8_t *b = gp_mem_alloc(h, 3000);
    assert_non_null(a);
    assert_non_null(b);
    assert_true(in_higher(img, a) && in_higher(img, b + 2999));
    assert_int_equal((uintptr_t)a % 16, 0);
    assert_int_equal((uintptr_t)b % 16, 0);
    assert_true(a >= h->lo + used && b >= a + 40);
    assert_int_equal(img->higher_objects, 2);
    memset(a, 1, 40);
    memset(b, 2, 3000);
    gp_mem_free(h, b, 3000);            /* kept: never given back */
    assert_int_equal(b[2999], 2);
    GpAreaStats st;
    gp_stats_area(img, GP_AREA_HIGHER, &st);
    assert_int_equal(st.blocks, 1 + 2);
    assert_true(st.used >= used + 40 + 3000);
    assert_null(gp_mem_alloc(h, (size_t)(h->hi - h->lo)));
    assert_string_equal(img->argv[0], "glasspy");
    TU_CHECK(img);
    tu_destroy(img);
}

/* No argv and no environ: empty NULL-terminated vectors. */
static void test_image_no_args(void **state)
{
    (void)state;
    GpImage *img = tu_image(2 * MiB);
    assert_int_equal(img->argc, 0);
    assert_non_null(img->argv);
    assert_null(img->argv[0]);
    assert_non_null(img->envp);
    assert_null(img->envp[0]);
    assert_true(in_higher(img, img->argv));
    tu_destroy(img);
}

/* Big argv/environ: the higher area grows to hold them. */
static void test_image_large_environ(void **state)
{
    (void)state;
    enum { N = 300 };
    static char bufs[N][512];
    char *envp[N + 1];
    for (int i = 0; i < N; i++) {
        memset(bufs[i], 'a' + i % 26, sizeof bufs[i] - 1);
        snprintf(bufs[i], 16, "V%d=", i);
        bufs[i][strlen(bufs[i])] = 'x';
        bufs[i][sizeof bufs[i] - 1] = '\0';
        envp[i] = bufs[i];
    }
    envp[N] = NULL;
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = 4 * MiB, .envp = envp },
                                   err, sizeof err);
    if (!img)
        fail_msg("gp_image_create: %s", err);
    tu_register(img);
    GpArea *h = gp_image_area(img, GP_AREA_HIGHER);
    assert_true((size_t)(h->hi - h->lo) >= (size_t)N * 512);
    for (int i = 0; i < N; i++) {
        assert_string_equal(img->envp[i], bufs[i]);
        assert_true(in_higher(img, img->envp[i]));
    }
    assert_null(img->envp[N]);
    check_tiling(img);
    TU_CHECK(img);
    tu_destroy(img);
}

/* ---- sizes ------------------------------------------------------------------ */

static void parses_to(const char *text, size_t want)
{
    char err[256] = "";
    size_t out = 12345;
    if (gp_image_parse_size(text, &out, err, sizeof err) != 0)
        fail_msg("parse_size(\"%s\") refused: %s", text, err);
    if (out != want)
        fail_msg("parse_size(\"%s\") = %zu, expected %zu", text, out, want);
}

static void refuses(const char *text)
{
    char err[256] = "";
    size_t out = 12345;
    if (gp_image_parse_size(text, &out, err, sizeof err) != -1)
        fail_msg("parse_size(\"%s\") accepted (%zu)", text, out);
    if (err[0] == '\0')
        fail_msg("parse_size(\"%s\") refused with an empty message", text);
    if (text[0] && !strstr(err, text))
        fail_msg("parse_size(\"%s\"): message does not name the size: %s", text, err);
    /* No buffer for the message: still refused, no crash. */
    assert_int_equal(gp_image_parse_size(text, &out, NULL, 0), -1);
}

static void test_image_parse_size_accepts(void **state)
{
    (void)state;
    parses_to("64M", 64 * MiB);
    parses_to("2G", (size_t)2 << 30);
    parses_to("1048576", 1048576);
    parses_to("1M", GP_MIN_IMAGE);
    parses_to("1024K", GP_MIN_IMAGE);
    parses_to("64MiB", 64 * MiB);
    parses_to("64mb", 64 * MiB);
    parses_to("64MB", 64 * MiB);
    parses_to("64m", 64 * MiB);
    parses_to("3g", (size_t)3 << 30);
    parses_to("2048k", 2 * MiB);
    parses_to("1T", (size_t)1 << 40);
    parses_to("2000000B", 2000000);
}

static void test_image_parse_size_refuses(void **state)
{
    (void)state;
    refuses("512K");          /* below GP_MIN_IMAGE */
    refuses("1048575");       /* one byte below */
    refuses("abc");
    refuses("1K");
    refuses("0");
    refuses("");
    refuses("-5");
    refuses("99999999999999999999T");
    refuses("99999999999999999999");
    refuses("17179869184G");  /* 2^34 G = 2^64: overflows after the shift */
    refuses("64X");
    refuses("64 M");
    refuses("M");
    refuses("64MM");
    refuses("1.5G");
}

/* ---- creation ----------------------------------------------------------------- */

static void test_image_create_default_size(void **state)
{
    (void)state;
    size_t def = gp_image_default_size();
    assert_true(def >= GP_MIN_IMAGE);
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = 0 }, err, sizeof err);
    if (!img)
        fail_msg("gp_image_create(size 0 = %zu): %s", def, err);
    tu_register(img);
    assert_true(img->size <= def);
    assert_true(img->size > def - GP_COMMIT_STEP);
    check_tiling(img);
    check_area_of(img);
    void *p = gp_mem_alloc(tu_heap(img), 5000);
    assert_non_null(p);
    memset(p, 1, 5000);
    gp_mem_free(tu_heap(img), p, 5000);
    TU_CHECK(img);
    tu_destroy(img);
}

static void creation_fails(size_t size)
{
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = size }, err, sizeof err);
    if (img) {
        tu_register(img);
        fail_msg("gp_image_create(%zu) succeeded", size);
    }
    if (err[0] == '\0')
        fail_msg("gp_image_create(%zu) failed with an empty message", size);
    /* No message buffer: still NULL, no crash. */
    assert_null(gp_image_create(&(GpImageConfig){ .size = size }, NULL, 0));
}

static void test_image_create_refuses(void **state)
{
    (void)state;
    creation_fails((size_t)1 << 62);
    creation_fails(SIZE_MAX);
    creation_fails(SIZE_MAX - GP_COMMIT_STEP + 1);
    creation_fails(GP_MIN_IMAGE - 1);
    creation_fails(GP_MIN_IMAGE / 2);
    creation_fails(1);
    /* A minimum-size image whose environ does not fit is refused too. */
    static char big[2 * 1024 * 1024];
    memset(big, 'x', sizeof big - 1);
    big[0] = 'B';
    big[1] = '=';
    char *envp[] = { big, NULL };
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = GP_MIN_IMAGE, .envp = envp },
                                   err, sizeof err);
    if (img) {
        tu_register(img);
        fail_msg("a 1M image accepted a 2M environ");
    }
    assert_true(err[0] != '\0');
}

/* Two images at once: separate address ranges, separate allocators. */
static void test_image_two_independent(void **state)
{
    (void)state;
    GpImage *a = tu_image(4 * MiB);
    GpImage *b = tu_image(4 * MiB);
    assert_true(a->base + a->size <= b->base || b->base + b->size <= a->base);
    enum { N = 200 };
    void *pa[N], *pb[N];
    for (int i = 0; i < N; i++) {
        size_t n = (size_t)(i * 97 % 3000) + 1;
        pa[i] = gp_mem_alloc(tu_heap(a), n);
        pb[i] = gp_mem_alloc(tu_heap(b), n);
        assert_non_null(pa[i]);
        assert_non_null(pb[i]);
        assert_int_equal(gp_image_area_of(a, pa[i]), GP_AREA_HEAP);
        assert_int_equal(gp_image_area_of(b, pa[i]), GP_AREA_NONE);
        assert_int_equal(gp_image_area_of(b, pb[i]), GP_AREA_HEAP);
        assert_int_equal(gp_image_area_of(a, pb[i]), GP_AREA_NONE);
        tu_fill(pa[i], n, 1000 + (uint64_t)i);
        tu_fill(pb[i], n, 5000 + (uint64_t)i);
    }
    /* Same operations, same layout relative to each image's base. */
    for (int i = 0; i < N; i++)
        assert_int_equal((uintptr_t)((uint8_t *)pa[i] - a->base),
                         (uintptr_t)((uint8_t *)pb[i] - b->base));
    GpAreaStats sa = tu_stats(a, GP_AREA_HEAP), sb = tu_stats(b, GP_AREA_HEAP);
    assert_int_equal(sa.blocks, N);
    assert_int_equal(sb.blocks, N);
    /* Freeing everything in a leaves b alone. */
    for (int i = 0; i < N; i++)
        gp_mem_free(tu_heap(a), pa[i], (size_t)(i * 97 % 3000) + 1);
    assert_int_equal(tu_stats(a, GP_AREA_HEAP).blocks, 0);
    sb = tu_stats(b, GP_AREA_HEAP);
    assert_int_equal(sb.blocks, N);
    TU_CHECK(a);
    TU_CHECK(b);
    void *fa = gp_stack_push(a, 512);
    assert_non_null(fa);
    assert_int_equal(gp_stack_depth(a), 1);
    assert_int_equal(gp_stack_depth(b), 0);
    gp_stack_pop(a, fa);
    tu_destroy(a);
    /* b still works after a is gone. */
    for (int i = 0; i < N; i++)
        TU_VERIFY(pb[i], (size_t)(i * 97 % 3000) + 1, 5000 + (uint64_t)i);
    TU_CHECK(b);
    for (int i = 0; i < N; i++)
        gp_mem_free(tu_heap(b), pb[i], (size_t)(i * 97 % 3000) + 1);
    assert_int_equal(tu_stats(b, GP_AREA_HEAP).blocks, 0);
    TU_CHECK(b);
    tu_destroy(b);
}

/* The fixed areas are allocators too. */
static void test_image_fixed_areas_allocate(void **state)
{
    (void)state;
    GpImage *img = tu_image(16 * MiB);
    static const GpAreaKind fixed[] = { GP_AREA_TEXT, GP_AREA_STATIC, GP_AREA_GLOBAL };
    for (size_t k = 0; k < 3; k++) {
        GpArea *a = gp_image_area(img, fixed[k]);
        uint8_t *lo = a->lo, *hi = a->hi;
        void *s = gp_mem_alloc(a, 40);
        void *l = gp_mem_alloc(a, 20000);
        assert_non_null(s);
        assert_non_null(l);
        assert_int_equal(gp_image_area_of(img, s), fixed[k]);
        assert_int_equal(gp_image_area_of(img, l), fixed[k]);
        assert_int_equal(gp_image_area_of(img, (uint8_t *)l + 19999), fixed[k]);
        tu_fill(s, 40, 1);
        tu_fill(l, 20000, 2);
        /* Fixed ranges do not move. */
        assert_ptr_equal(a->lo, lo);
        assert_ptr_equal(a->hi, hi);
        /* Filling a fixed area fails cleanly: it never grows past its range. */
        size_t range = (size_t)(hi - lo);
        assert_null(gp_mem_alloc(a, range));
        TU_VERIFY(s, 40, 1);
        TU_VERIFY(l, 20000, 2);
        TU_CHECK(img);
        gp_mem_free(a, l, 20000);
        gp_mem_free(a, s, 40);
        TU_CHECK(img);
    }
    check_tiling(img);
    tu_destroy(img);
}

/* ---- pages that are not committed fault ------------------------------------ */

/* Write one byte at p in a child process; 1 if the write faulted (or the
 * sanitizer stopped it), 0 if it went through. */
static int write_faults(void *p)
{
    return tu_child_fails(tu_write_byte, p);
}

/* The shared gap, a fixed area's uncommitted reserve and the heap pages
 * given back are not read/write: a stray write faults.  Committed pages
 * next to them take writes. */
static void test_image_gap_faults(void **state)
{
    (void)state;
    GpImage *img = tu_image(16 * MiB);
    GpArea *heap = tu_heap(img), *stack = tu_stack(img), *text = gp_image_area(img, GP_AREA_TEXT);
    void *small = gp_mem_alloc(heap, 100);
    uint8_t *big = gp_mem_alloc(heap, 3 * MiB);
    uint8_t *frame = gp_stack_push(img, 100000);
    void *t = gp_mem_alloc(text, 1000);
    assert_non_null(small);
    assert_non_null(big);
    assert_non_null(frame);
    assert_non_null(t);
    GpArea *shared = gp_image_area(img, GP_AREA_SHARED);
    assert_true(shared->hi - shared->lo >= (ptrdiff_t)(2 * GP_COMMIT_STEP));
    /* the gap: its first byte, its middle, its last byte */
    assert_true(write_faults(shared->lo));
    assert_true(write_faults(shared->lo + (shared->hi - shared->lo) / 2));
    assert_true(tu_child_fails(tu_read_byte, shared->lo));
    assert_true(write_faults(shared->hi - 1));
    /* a fixed area beyond its break */
    assert_true(text->brk < text->hi);
    assert_true(write_faults(text->brk));
    assert_true(write_faults(text->hi - 1));
    /* control: blocks and frames next to those boundaries take a write */
    assert_false(write_faults(big + 3 * MiB - 1));
    assert_false(write_faults(frame));
    assert_false(write_faults((uint8_t *)t + 999));
    /* heap pages given back fault again */
    uint8_t *was = big + 2 * MiB;
    gp_mem_free(heap, big, 3 * MiB);
    assert_true(heap->hi <= was);
    assert_true(write_faults(was));
    /* stack pages given back too */
    gp_stack_pop(img, frame);
    gp_area_trim_down(stack, 0);
    assert_true(write_faults(stack->hi - 50000));
    TU_CHECK(img);
    gp_mem_free(heap, small, 100);
    gp_mem_free(text, t, 1000);
    tu_destroy(img);
}

/* ---- the verifier ---------------------------------------------------------- */

static void expect_broken(GpImage *img, const char *what)
{
    char err[512] = "";
    if (gp_stats_check(img, err, sizeof err) != -1)
        fail_msg("gp_stats_check did not notice %s", what);
    if (err[0] == '\0')
        fail_msg("gp_stats_check noticed %s but said nothing", what);
    /* without a message buffer too */
    assert_int_equal(gp_stats_check(img, NULL, 0), -1);
}

/* The verifier is not a rubber stamp: it notices a broken chunk header, a
 * broken footer, a wrong pool count, a broken frame, areas that no longer
 * tile the image; and passes again once repaired. */
static void test_image_verifier_notices(void **state)
{
    (void)state;
    GpImage *img = tu_image(16 * MiB);
    GpArea *heap = tu_heap(img);
    uint8_t *a = gp_mem_alloc(heap, 1000);
    uint8_t *b = gp_mem_alloc(heap, 2000);
    uint8_t *c = gp_mem_alloc(heap, 3000);
    uint8_t *s = gp_mem_alloc(heap, 48);
    uint8_t *f = gp_stack_push(img, 200);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    assert_non_null(s);
    assert_non_null(f);
    TU_CHECK(img);

    /* a chunk's size */
    GpChunk *ca = (GpChunk *)(a - GP_CHUNK_HEADER);
    size_t saved = ca->head;
    ca->head = saved + 16;
    expect_broken(img, "a chunk size grown by 16");
    ca->head = saved;
    TU_CHECK(img);
    ca->head = saved & ~GP_CHUNK_INUSE;
    expect_broken(img, "an in-use chunk marked free");
    ca->head = saved;
    TU_CHECK(img);

    /* a free chunk's footer (b is free between a and c) */
    gp_mem_free(heap, b, 2000);
    TU_CHECK(img);
    GpChunk *cc = (GpChunk *)(c - GP_CHUNK_HEADER);
    saved = cc->prev_size;
    cc->prev_size = saved + 16;
    expect_broken(img, "a wrong footer");
    cc->prev_size = saved;
    TU_CHECK(img);
    saved = cc->head;
    cc->head = saved | GP_CHUNK_PREV_INUSE;
    expect_broken(img, "PREV_INUSE set after a free chunk");
    cc->head = saved;
    TU_CHECK(img);

    /* a pool's count of blocks in use */
    GpPool *pool = gp_pool_of(s);
    uint32_t ref = pool->ref;
    pool->ref = ref + 1000;
    expect_broken(img, "a pool with more blocks in use than carved");
    pool->ref = ref;
    TU_CHECK(img);
    uint32_t cls = pool->cls;
    pool->cls = GP_NCLASSES + 3;
    expect_broken(img, "a pool of a class that does not exist");
    pool->cls = cls;
    TU_CHECK(img);

    /* a frame */
    GpFrameHeader *h = (GpFrameHeader *)(f - sizeof(GpFrameHeader));
    size_t seq = h->seq;
    h->seq = seq + 5;
    expect_broken(img, "a frame with the wrong depth");
    h->seq = seq;
    TU_CHECK(img);
    size_t fsize = h->size;
    h->size = fsize + 8;
    expect_broken(img, "a frame size that is not a multiple of 16");
    h->size = fsize;
    TU_CHECK(img);

    /* the tiling */
    GpArea *shared = gp_image_area(img, GP_AREA_SHARED);
    uint8_t *lo = shared->lo;
    shared->lo = lo + GP_COMMIT_STEP;
    expect_broken(img, "a gap between heap and shared");
    shared->lo = lo;
    TU_CHECK(img);

    gp_stack_pop(img, f);
    gp_mem_free(heap, s, 48);
    gp_mem_free(heap, c, 3000);
    gp_mem_free(heap, a, 1000);
    TU_CHECK(img);
    tu_destroy(img);
}

/* ---- statistics of every area ------------------------------------------------ */

static void check_area_stats(GpImage *img)
{
    for (int i = 0; i < GP_AREA_COUNT; i++) {
        GpArea *a = gp_image_area(img, all_areas[i]);
        GpAreaStats s = tu_stats(img, all_areas[i]);
        assert_int_equal(s.kind, all_areas[i]);
        assert_string_equal(s.name, a->name);
        assert_int_equal(s.lo, (uintptr_t)a->lo);
        assert_int_equal(s.hi, (uintptr_t)a->hi);
        assert_int_equal(s.reserved, (size_t)(a->hi - a->lo));
        assert_true(s.committed <= s.reserved);
        /* every reserved byte is used, overhead or free */
        if (s.reserved != s.used + s.overhead + s.free)
            fail_msg("%s: reserved %zu != used %zu + overhead %zu + free %zu", a->name,
                     s.reserved, s.used, s.overhead, s.free);
        assert_true(s.largest_free <= s.free);
        assert_true(s.fragmentation >= 0.0 && s.fragmentation <= 1.0);
        if (all_areas[i] <= GP_AREA_HEAP)
            assert_int_equal(s.blocks, s.small_blocks + s.large_blocks);
    }
    GpAreaStats h = tu_stats(img, GP_AREA_HEAP), st = tu_stats(img, GP_AREA_STACK);
    assert_int_equal(h.committed, h.reserved);
    assert_int_equal(h.committed, h.used + h.overhead + h.free);
    assert_int_equal(st.committed, st.used + st.overhead + st.free);
    GpAreaStats sh = tu_stats(img, GP_AREA_SHARED);
    assert_int_equal(sh.used, 0);
    assert_int_equal(sh.committed, 0);
    assert_int_equal(sh.reserved % GP_COMMIT_STEP, 0);
}

static void test_image_stats_all_areas(void **state)
{
    (void)state;
    char a0[] = "prog", a1[] = "arg";
    char e0[] = "X=1", e1[] = "Y=22";
    char *argv[] = { a0, a1, NULL };
    char *envp[] = { e0, e1, NULL };
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = 16 * MiB, .argc = 2,
                                                      .argv = argv, .envp = envp },
                                   err, sizeof err);
    if (!img)
        fail_msg("gp_image_create: %s", err);
    tu_register(img);
    check_area_stats(img);
    GpAreaStats hs = tu_stats(img, GP_AREA_HIGHER);
    assert_int_equal(hs.blocks, 4);             /* two arguments, two variables */
    assert_int_equal(hs.used, img->higher_used);
    assert_true(hs.used >= sizeof "prog" + sizeof "arg" + sizeof "X=1" + sizeof "Y=22");
    GpAreaStats h = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(h.blocks, 0);
    assert_int_equal(h.used, 0);
    assert_int_equal(h.reserved, 0);

    void *p[6];
    p[0] = gp_mem_alloc(tu_heap(img), 10);
    p[1] = gp_mem_alloc(tu_heap(img), 500);
    p[2] = gp_mem_alloc(tu_heap(img), 5000);
    p[3] = gp_mem_alloc(tu_heap(img), 70000);
    p[4] = gp_mem_alloc(gp_image_area(img, GP_AREA_GLOBAL), 100);
    p[5] = gp_mem_alloc(gp_image_area(img, GP_AREA_STATIC), 9000);
    for (int i = 0; i < 6; i++)
        assert_non_null(p[i]);
    void *f1 = gp_stack_push(img, 100), *f2 = gp_stack_push(img, 3000);
    assert_non_null(f1);
    assert_non_null(f2);
    check_area_stats(img);
    h = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(h.small_blocks, 2);
    assert_int_equal(h.large_blocks, 2);
    assert_int_equal(h.arenas, 1);
    assert_int_equal(h.used, 16 + 512 + gp_block_size(p[2]) + gp_block_size(p[3]));
    GpAreaStats st = tu_stats(img, GP_AREA_STACK);
    assert_int_equal(st.blocks, 2);
    assert_int_equal(st.used, 112 + 3008);
    assert_int_equal(st.overhead, 2 * sizeof(GpFrameHeader));
    assert_true(st.peak_used >= st.used + st.overhead);
    assert_int_equal(tu_stats(img, GP_AREA_GLOBAL).small_blocks, 1);
    assert_int_equal(tu_stats(img, GP_AREA_STATIC).large_blocks, 1);

    /* Free the small ones: the free lists count as free. */
    gp_mem_free(tu_heap(img), p[0], 10);
    gp_mem_free(tu_heap(img), p[1], 500);
    h = tu_stats(img, GP_AREA_HEAP);
    assert_int_equal(h.small_blocks, 0);
    assert_int_equal(h.used, gp_block_size(p[2]) + gp_block_size(p[3]));
    check_area_stats(img);
    GpClassStats cs[GP_NCLASSES];
    gp_stats_classes(img, GP_AREA_HEAP, cs);
    for (uint32_t c = 0; c < GP_NCLASSES; c++)
        assert_int_equal(cs[c].in_use, 0);
    /* The stack area has no classes. */
    gp_stats_classes(img, GP_AREA_STACK, cs);
    for (uint32_t c = 0; c < GP_NCLASSES; c++) {
        assert_int_equal(cs[c].in_use, 0);
        assert_int_equal(cs[c].pools, 0);
    }
    gp_stack_pop(img, f2);
    gp_stack_pop(img, f1);
    gp_mem_free(tu_heap(img), p[2], 5000);
    gp_mem_free(tu_heap(img), p[3], 70000);
    gp_mem_free(gp_image_area(img, GP_AREA_GLOBAL), p[4], 100);
    gp_mem_free(gp_image_area(img, GP_AREA_STATIC), p[5], 9000);
    check_area_stats(img);
    TU_CHECK(img);
    tu_destroy(img);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        TU_TEST(test_image_areas_tile_fresh),
        TU_TEST(test_image_areas_tile_in_use),
        TU_TEST(test_image_area_names),
        TU_TEST(test_image_argv_envp_copied),
        TU_TEST(test_image_higher_objects),
        TU_TEST(test_image_no_args),
        TU_TEST(test_image_large_environ),
        TU_TEST(test_image_parse_size_accepts),
        TU_TEST(test_image_parse_size_refuses),
        TU_TEST(test_image_create_default_size),
        TU_TEST(test_image_create_refuses),
        TU_TEST(test_image_two_independent),
        TU_TEST(test_image_fixed_areas_allocate),
        TU_TEST(test_image_gap_faults),
        TU_TEST(test_image_verifier_notices),
        TU_TEST(test_image_stats_all_areas),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
