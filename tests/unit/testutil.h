/*
 * testutil.h - helpers shared by the memory unit tests (cmocka).
 *
 * Images made with tu_image() are registered so tu_teardown() can destroy
 * whatever a failed test left behind: a failing assertion longjmps out of
 * the test body, past its own gp_image_destroy().  Every test is declared
 * with TU_TEST(fn), which attaches that teardown.
 *
 * Fill patterns: tu_fill() writes bytes that depend on a seed and on the
 * offset, so a block that was overwritten, moved or swapped with another
 * one reads back wrong in tu_verify().
 */
#ifndef GP_TESTS_TESTUTIL_H
#define GP_TESTS_TESTUTIL_H

#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "mem/image.h"
#include "mem/mem.h"
#include "mem/stats.h"

#define KiB ((size_t)1024)
#define MiB ((size_t)1024 * 1024)

#define TU_MAX_IMAGES 8
static GpImage *tu_images[TU_MAX_IMAGES];

/* Remember img so that tu_teardown destroys it if the test fails. */
static inline GpImage *tu_register(GpImage *img)
{
    for (int i = 0; i < TU_MAX_IMAGES; i++)
        if (!tu_images[i]) {
            tu_images[i] = img;
            return img;
        }
    gp_image_destroy(img);
    fail_msg("more than %d live test images", TU_MAX_IMAGES);
    return NULL;
}

static inline GpImage *tu_image_at(size_t size, const char *file, int line)
{
    char err[256] = "";
    GpImage *img = gp_image_create(&(GpImageConfig){ .size = size }, err, sizeof err);
    if (!img)
        fail_msg("%s:%d: gp_image_create(%zu) failed: %s", file, line, size, err);
    return tu_register(img);
}
#define tu_image(size) tu_image_at((size), __FILE__, __LINE__)

static inline void tu_destroy(GpImage *img)
{
    for (int i = 0; i < TU_MAX_IMAGES; i++)
        if (tu_images[i] == img)
            tu_images[i] = NULL;
    gp_image_destroy(img);
}

static inline int tu_teardown(void **state)
{
    (void)state;
    for (int i = 0; i < TU_MAX_IMAGES; i++) {
        if (tu_images[i])
            gp_image_destroy(tu_images[i]);
        tu_images[i] = NULL;
    }
    return 0;
}

#define TU_TEST(fn) cmocka_unit_test_teardown(fn, tu_teardown)

/* gp_stats_check must pass; report its message and the caller's line. */
static inline void tu_check_at(GpImage *img, const char *file, int line)
{
    char err[512] = "";
    if (gp_stats_check(img, err, sizeof err) != 0)
        fail_msg("%s:%d: gp_stats_check failed: %s", file, line,
                 err[0] ? err : "(empty message)");
}
#define TU_CHECK(img) tu_check_at((img), __FILE__, __LINE__)

static inline GpArea *tu_heap(GpImage *img) { return gp_image_area(img, GP_AREA_HEAP); }
static inline GpArea *tu_stack(GpImage *img) { return gp_image_area(img, GP_AREA_STACK); }

static inline GpAreaStats tu_stats(GpImage *img, GpAreaKind kind)
{
    GpAreaStats s;
    memset(&s, 0, sizeof s);
    gp_stats_area(img, kind, &s);
    return s;
}

/* ---- fill patterns -------------------------------------------------------- */

static inline uint8_t tu_pattern_byte(uint64_t seed, size_t i)
{
    uint64_t x = seed + (uint64_t)i * 0x9E3779B97F4A7C15ull;
    return (uint8_t)((x >> 29) ^ (x >> 47) ^ i);
}

static inline void tu_fill(void *p, size_t n, uint64_t seed)
{
    uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        b[i] = tu_pattern_byte(seed, i);
}

/* Offset of the first wrong byte, or -1 when all n bytes are right. */
static inline long tu_verify(const void *p, size_t n, uint64_t seed)
{
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i] != tu_pattern_byte(seed, i))
            return (long)i;
    return -1;
}

#define TU_VERIFY(p, n, seed) do {                                              \
        long tu_bad_ = tu_verify((p), (n), (seed));                             \
        if (tu_bad_ >= 0)                                                       \
            fail_msg("block %p (%zu bytes): byte %ld corrupted",                \
                     (const void *)(p), (size_t)(n), tu_bad_);                  \
    } while (0)

/* A pattern seed derived from a block's own address. */
static inline uint64_t tu_addr_seed(const void *p)
{
    return (uint64_t)(uintptr_t)p * 0xD1B54A32D192ED03ull;
}

static inline int tu_aligned(const void *p)
{
    return ((uintptr_t)p & (GP_ALIGN - 1)) == 0;
}

/* ---- misuse that must fault ------------------------------------------------ */

/* Run fn(arg) in a child process (its stderr silenced): 1 if it died or
 * failed (a fault, a sanitizer report), 0 if it returned normally. */
static inline int tu_child_fails(void (*fn)(void *), void *arg)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        fail_msg("fork failed");
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, 2);
        signal(SIGSEGV, SIG_DFL);
        signal(SIGBUS, SIG_DFL);
        fn(arg);
        _exit(0);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        fail_msg("waitpid failed");
    return !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static inline void tu_write_byte(void *p)
{
    *(volatile uint8_t *)p = 0x42;
}

static inline void tu_read_byte(void *p)
{
    uint8_t v = *(volatile uint8_t *)p;
    (void)v;
}

/* ---- a deterministic PRNG (xorshift64*) ------------------------------------ */

static inline uint64_t tu_rand(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1Dull;
}

/* Uniform in [lo, hi]. */
static inline size_t tu_range(uint64_t *s, size_t lo, size_t hi)
{
    return lo + (size_t)(tu_rand(s) % (uint64_t)(hi - lo + 1));
}

#endif
