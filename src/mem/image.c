/*
 * image.c - reserve the image, lay out its areas, move their boundaries.
 *
 * Layout of an image of S bytes (all boundaries 64 KiB aligned):
 *
 *   text, static, global   S/16 each (at least 64 KiB): fixed ranges
 *   higher                 argv + environ, rounded up to 64 KiB
 *   heap + shared + stack  the rest, about 80% of S; heap.hi and stack.lo
 *                          move, the shared gap is what lies between them
 *
 * The only places where pages change protection are commit() and
 * release() below; the only places where a moving boundary moves are the
 * four gp_area_grow / gp_area_trim functions.
 */
#include "mem/image.h"

#include "mem/poison.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static const char *const area_names[GP_AREA_COUNT] = {
    "text", "static", "global", "heap", "shared", "stack", "higher",
};

const char *gp_area_name(GpAreaKind kind)
{
    return kind >= 0 && kind < GP_AREA_COUNT ? area_names[kind] : "none";
}

static uintptr_t round_up(uintptr_t x, uintptr_t to) { return (x + to - 1) & ~(to - 1); }
static uintptr_t round_down(uintptr_t x, uintptr_t to) { return x & ~(to - 1); }

/* ---- pages ---------------------------------------------------------------- */

static int commit(uint8_t *lo, uint8_t *hi)
{
    if (hi <= lo)
        return 0;
    return mprotect(lo, (size_t)(hi - lo), PROT_READ | PROT_WRITE) == 0 ? 0 : -1;
}

static void release(uint8_t *lo, uint8_t *hi)
{
    if (hi <= lo)
        return;
    /* DONTNEED drops the pages (they read back as zero when committed
     * again); PROT_NONE makes a stray access fault. */
    madvise(lo, (size_t)(hi - lo), MADV_DONTNEED);
    mprotect(lo, (size_t)(hi - lo), PROT_NONE);
}

/* ---- sizes ---------------------------------------------------------------- */

size_t gp_image_default_size(void)
{
    long pages = sysconf(_SC_PHYS_PAGES);
    long psize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || psize <= 0)
        return (size_t)1 << 30;
    return (size_t)pages * (size_t)psize;
}

static void format_size(char *buf, size_t len, size_t n)
{
    static const char units[] = "BKMGT";
    int u = 0;
    while (u < 4 && n >= 1024 && n % 1024 == 0) {
        n /= 1024;
        u++;
    }
    if (u == 0)
        snprintf(buf, len, "%zu", n);
    else
        snprintf(buf, len, "%zu%c", n, units[u]);
}

int gp_image_parse_size(const char *text, size_t *out, char *err, size_t errlen)
{
    const char *p = text;
    size_t n = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9') {
        unsigned d = (unsigned)(*p - '0');
        if (n > (SIZE_MAX - d) / 10)
            goto bad;
        n = n * 10 + d;
        p++;
        digits++;
    }
    if (!digits)
        goto bad;
    unsigned shift = 0;
    switch (*p) {
    case 'k': case 'K': shift = 10; p++; break;
    case 'm': case 'M': shift = 20; p++; break;
    case 'g': case 'G': shift = 30; p++; break;
    case 't': case 'T': shift = 40; p++; break;
    default: break;
    }
    if (shift && (*p == 'i' || *p == 'I'))
        p++;
    if (*p == 'b' || *p == 'B')
        p++;
    if (*p != '\0')
        goto bad;
    if (shift && n > (SIZE_MAX >> shift))
        goto bad;
    n <<= shift;
    if (n < GP_MIN_IMAGE) {
        if (err)
            snprintf(err, errlen, "memory size '%s' is too small: the image needs at "
                     "least 1M (use a size like 64M or 2G)", text);
        return -1;
    }
    *out = n;
    return 0;
bad:
    if (err)
        snprintf(err, errlen, "invalid memory size '%s': use a number of bytes with an "
                 "optional unit K, M, G or T, like 64M or 2G", text);
    return -1;
}

/* ---- creation ------------------------------------------------------------- */

static size_t args_bytes(const GpImageConfig *cfg, int *envc)
{
    size_t n = 0;
    int e = 0;
    for (int i = 0; i < cfg->argc; i++)
        n += strlen(cfg->argv[i]) + 1;
    if (cfg->envp)
        for (; cfg->envp[e]; e++)
            n += strlen(cfg->envp[e]) + 1;
    *envc = e;
    return n + ((size_t)cfg->argc + 1 + (size_t)e + 1) * sizeof(char *) + GP_ALIGN;
}

/* Copy argv and environ to the top of the image, as the kernel does at the
 * top of a process's stack: strings packed, then the two pointer vectors. */
static void place_args(GpImage *img, const GpImageConfig *cfg, int envc)
{
    GpArea *h = &img->areas[GP_AREA_HIGHER];
    uint8_t *p = h->lo;
    img->argv = (char **)p;
    p += ((size_t)cfg->argc + 1) * sizeof(char *);
    img->envp = (char **)p;
    p += ((size_t)envc + 1) * sizeof(char *);
    for (int i = 0; i < cfg->argc; i++) {
        size_t len = strlen(cfg->argv[i]) + 1;
        memcpy(p, cfg->argv[i], len);
        img->argv[i] = (char *)p;
        p += len;
    }
    img->argv[cfg->argc] = NULL;
    for (int i = 0; i < envc; i++) {
        size_t len = strlen(cfg->envp[i]) + 1;
        memcpy(p, cfg->envp[i], len);
        img->envp[i] = (char *)p;
        p += len;
    }
    img->envp[envc] = NULL;
    img->argc = cfg->argc;
    img->higher_used = (size_t)(p - h->lo);
}

static uint32_t arena_pools_for(size_t range)
{
    size_t pools = range / 4 / GP_POOL_SIZE;
    if (pools < 1)
        pools = 1;
    if (pools > GP_ARENA_POOLS)
        pools = GP_ARENA_POOLS;
    return (uint32_t)pools;
}

static void init_area(GpImage *img, GpAreaKind kind, uint8_t *lo, uint8_t *hi)
{
    GpArea *a = &img->areas[kind];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->name = area_names[kind];
    a->image = img;
    a->lo = a->hi = a->limit = lo;
    a->top = a->brk = a->sp = lo;
    a->touched = kind == GP_AREA_STACK ? hi : lo;
    if (hi)
        a->hi = a->limit = hi;
}

GpImage *gp_image_create(const GpImageConfig *cfg, char *err, size_t errlen)
{
    char sizebuf[32];
    size_t size = cfg->size ? cfg->size : gp_image_default_size();
    size = round_down(size, GP_COMMIT_STEP);
    int envc = 0;
    size_t higher = round_up(args_bytes(cfg, &envc) + cfg->higher_objects, GP_COMMIT_STEP);
    size_t fixed = round_down(size / 16, GP_COMMIT_STEP);
    if (fixed < GP_COMMIT_STEP)
        fixed = GP_COMMIT_STEP;
    format_size(sizebuf, sizeof sizebuf, cfg->size ? cfg->size : size);
    if (size < GP_MIN_IMAGE || size < 3 * fixed + higher + 4 * (size_t)GP_COMMIT_STEP) {
        if (err)
            snprintf(err, errlen, "memory size %s is too small for the image "
                     "(at least 1M, and room for argv and environ)", sizebuf);
        return NULL;
    }
    if (size > SIZE_MAX - GP_COMMIT_STEP) {
        if (err)
            snprintf(err, errlen, "memory size %s cannot be reserved", sizebuf);
        return NULL;
    }
    GpImage *img = calloc(1, sizeof *img);
    if (!img) {
        if (err)
            snprintf(err, errlen, "out of memory creating the image");
        return NULL;
    }
    /* Over-reserve one step so the base can be aligned to 64 KiB: pools must
     * sit at pool-aligned addresses. */
    size_t want = size + GP_COMMIT_STEP;
    void *raw = mmap(NULL, want, PROT_NONE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED) {
        if (err)
            snprintf(err, errlen, "memory size %s cannot be reserved: %s",
                     sizebuf, strerror(errno));
        free(img);
        return NULL;
    }
    uint8_t *base = (uint8_t *)round_up((uintptr_t)raw, GP_COMMIT_STEP);
    size_t lead = (size_t)(base - (uint8_t *)raw);
    if (lead)
        munmap(raw, lead);
    if (want - lead > size)
        munmap(base + size, want - lead - size);

    img->base = base;
    img->size = size;
    img->page = (size_t)sysconf(_SC_PAGESIZE);

    uint8_t *p = base;
    init_area(img, GP_AREA_TEXT, p, p + fixed);
    p += fixed;
    init_area(img, GP_AREA_STATIC, p, p + fixed);
    p += fixed;
    init_area(img, GP_AREA_GLOBAL, p, p + fixed);
    p += fixed;
    uint8_t *high = base + size - higher;
    init_area(img, GP_AREA_HEAP, p, NULL);
    init_area(img, GP_AREA_SHARED, p, high);
    init_area(img, GP_AREA_STACK, high, high);
    init_area(img, GP_AREA_HIGHER, high, base + size);
    img->areas[GP_AREA_HEAP].limit = high;

    for (int k = GP_AREA_TEXT; k <= GP_AREA_GLOBAL; k++)
        img->areas[k].arena_pools = arena_pools_for(fixed);
    img->areas[GP_AREA_HEAP].arena_pools = arena_pools_for((size_t)(high - p));

    if (commit(high, base + size) != 0) {
        if (err)
            snprintf(err, errlen, "memory size %s: cannot commit the argv area", sizebuf);
        gp_image_destroy(img);
        return NULL;
    }
    place_args(img, cfg, envc);
    return img;
}

void *gp_image_higher_alloc(GpImage *img, size_t size)
{
    GpArea *h = &img->areas[GP_AREA_HIGHER];
    size_t at = round_up(img->higher_used, GP_ALIGN);
    if (size > (size_t)(h->hi - h->lo) - at)
        return NULL;
    img->higher_used = at + size;
    img->higher_objects++;
    return h->lo + at;
}

void gp_image_destroy(GpImage *img)
{
    if (!img)
        return;
    /* ASan remembers poison by address: clear it, over every range that
     * was ever committed, before the range can be mapped again. */
    for (int k = GP_AREA_TEXT; k <= GP_AREA_HEAP; k++)
        GP_UNPOISON(img->areas[k].lo, (size_t)(img->areas[k].touched - img->areas[k].lo));
    GpArea *s = &img->areas[GP_AREA_STACK];
    GP_UNPOISON(s->touched, (size_t)(s->hi - s->touched));
    munmap(img->base, img->size);
    free(img);
}

GpArea *gp_image_area(GpImage *img, GpAreaKind kind)
{
    return &img->areas[kind];
}

GpAreaKind gp_image_area_of(const GpImage *img, const void *ptr)
{
    const uint8_t *p = ptr;
    const GpArea *a = img->areas;
    if (p < img->base || p >= img->base + img->size)
        return GP_AREA_NONE;
    if (p < a[GP_AREA_HEAP].lo) {
        if (p < a[GP_AREA_STATIC].lo)
            return GP_AREA_TEXT;
        return p < a[GP_AREA_GLOBAL].lo ? GP_AREA_STATIC : GP_AREA_GLOBAL;
    }
    if (p < a[GP_AREA_HEAP].hi)
        return GP_AREA_HEAP;
    if (p < a[GP_AREA_STACK].lo)
        return GP_AREA_SHARED;
    return p < a[GP_AREA_STACK].hi ? GP_AREA_STACK : GP_AREA_HIGHER;
}

/* ---- moving boundaries ---------------------------------------------------- */

static void set_heap_hi(GpImage *img, uint8_t *hi)
{
    img->areas[GP_AREA_HEAP].hi = hi;
    img->areas[GP_AREA_SHARED].lo = hi;
}

static void set_stack_lo(GpImage *img, uint8_t *lo)
{
    img->areas[GP_AREA_STACK].lo = lo;
    img->areas[GP_AREA_SHARED].hi = lo;
    img->areas[GP_AREA_HEAP].limit = lo;
}

int gp_area_grow_brk(GpArea *a, uint8_t *need)
{
    GpImage *img = a->image;
    int heap = a->kind == GP_AREA_HEAP;
    if (need <= a->brk)
        return 0;
    /* Compare as distances from lo: `need` may be a wild pointer past the
     * image when a request is absurdly large. */
    if ((size_t)(need - a->lo) > (size_t)(a->limit - a->lo)) {
        if (!heap)
            return -1;
        /* The heap may take what the stack holds as slack. */
        gp_area_trim_down(&img->areas[GP_AREA_STACK], 0);
        if ((size_t)(need - a->lo) > (size_t)(a->limit - a->lo))
            return -1;
    }
    uint8_t *nbrk = (uint8_t *)round_up((uintptr_t)need, GP_COMMIT_STEP);
    if (nbrk > a->limit)
        nbrk = a->limit;
    if (commit(a->brk, nbrk) != 0)
        return -1;
    a->brk = nbrk;
    if (nbrk > a->touched)
        a->touched = nbrk;
    if (heap)
        set_heap_hi(img, nbrk);
    return 0;
}

void gp_area_trim_brk(GpArea *a, size_t keep)
{
    uintptr_t want = (uintptr_t)a->top + keep;
    if (want < (uintptr_t)a->top || want > (uintptr_t)a->brk)
        return;
    uint8_t *nbrk = (uint8_t *)round_up(want, GP_COMMIT_STEP);
    if (nbrk >= a->brk)
        return;
    release(nbrk, a->brk);
    a->brk = nbrk;
    if (a->kind == GP_AREA_HEAP)
        set_heap_hi(a->image, nbrk);
}

int gp_area_grow_down(GpArea *a, uint8_t *need)
{
    GpImage *img = a->image;
    GpArea *heap = &img->areas[GP_AREA_HEAP];
    if (need >= a->lo)
        return 0;
    if (need < heap->hi || (size_t)(a->hi - need) > (size_t)(a->hi - img->base)) {
        /* The stack may take what the heap holds as top slack. */
        gp_area_trim_brk(heap, 0);
        if ((size_t)(a->hi - need) > (size_t)(a->hi - heap->hi))
            return -1;
    }
    uint8_t *nlo = (uint8_t *)round_down((uintptr_t)need, GP_COMMIT_STEP);
    if (nlo < heap->hi)
        nlo = heap->hi;
    if (commit(nlo, a->lo) != 0)
        return -1;
    if (nlo < a->touched)
        a->touched = nlo;
    set_stack_lo(img, nlo);
    return 0;
}

void gp_area_trim_down(GpArea *a, size_t keep)
{
    if ((size_t)(a->sp - a->lo) <= keep)
        return;
    uint8_t *nlo = (uint8_t *)round_down((uintptr_t)(a->sp - keep), GP_COMMIT_STEP);
    if (nlo <= a->lo)
        return;
    release(a->lo, nlo);
    set_stack_lo(a->image, nlo);
}
