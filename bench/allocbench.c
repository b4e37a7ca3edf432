/*
 * allocbench.c - the allocator benchmark: glasspy's small-object path
 * against glibc malloc and mimalloc, on the identical workload.
 *
 *   allocbench ALLOCATOR [OPS [WORKLOAD]]
 *     ALLOCATOR  glasspy | glibc | mimalloc
 *     OPS        timed operations, default 10^7; one operation is one
 *                allocation or one free
 *     WORKLOAD   churn (default) | lifo
 *
 * It prints one line of key=value pairs for bench/run.sh, which runs each
 * allocator in its own process (so peak RSS is the allocator's alone),
 * several rounds interleaved, and prints the table and the ratios.
 *
 * The workloads
 *
 *   churn  A table of NSLOTS slots.  Each operation picks a random slot:
 *          empty, it allocates a random size in [8, 512] and stores it;
 *          full, it frees the block.  Every slot flips with probability
 *          1/2 per visit, so the table settles half full and lifetimes are
 *          geometric: most blocks die young, a few live long, and frees
 *          land all over the heap as they do in a real program.
 *   lifo   Bursts on top of the churn heap (the table stays half full):
 *          allocate K blocks (K random in [1, 64]), then free them newest
 *          first, like the temporaries of a call frame.
 *
 * Every allocation writes its first and last byte, so the memory is really
 * used; every free first reads them back into a checksum.  The checksum
 * depends only on the random stream, so all three allocators must print
 * the same one (run.sh checks), and the compiler cannot drop the work.
 * glasspy's free is told the size; the table keeps sizes in a parallel
 * array for every allocator, so the harness work is identical.
 *
 * Fairness: the one workload loop is written once, always inlined, and
 * instantiated per allocator with `which` a constant (run_glasspy and its
 * two siblings), so each copy calls its allocator directly and no
 * allocator pays for dispatch the others do not.  ns/op includes the
 * harness (random numbers, the table, touching the block), the same for
 * all three, so the ratios understate the allocators' own differences.
 */
#include <dlfcn.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <mimalloc.h>

#include "mem/image.h"
#include "mem/mem.h"

/*
 * NSLOTS = 65536: the churn table settles at ~32768 live blocks averaging
 * 260 bytes, ~8.5 MiB live.  That is the order of what CPython holds right
 * after start-up with a few imports (sys.getallocatedblocks() is 37k-40k),
 * i.e. a small real program, not a toy that lives in L1.  The live set is
 * larger than this machine's L2 (1 MiB per core) and well under its L3, so
 * the numbers measure allocator work and its locality, not DRAM latency.
 */
#define NSLOTS      65536u
#define MIN_SIZE    8u
#define MAX_SIZE    512u
#define BURST_MAX   64u
#define DEFAULT_OPS 10000000ull
#define SEED        0x9E3779B97F4A7C15ull
/* Untimed warm-up: 8 visits per slot on average brings the table to its
 * steady occupancy and commits every page the steady state needs. */
#define WARMUP_OPS  (8ull * NSLOTS)

typedef enum Alloc { ALLOC_GLASSPY, ALLOC_GLIBC, ALLOC_MIMALLOC } Alloc;
typedef enum Workload { WL_CHURN, WL_LIFO } Workload;

static const char *const alloc_names[] = { "glasspy", "glibc", "mimalloc" };
static const char *const workload_names[] = { "churn", "lifo" };

/* ---- the three allocators ----------------------------------------------- */

/*
 * glibc: allocbench links -lmimalloc, and Debian's libmimalloc.so defines
 * malloc and free itself (it overrides the process's malloc when loaded).
 * A plain malloc() here would be mimalloc, so glibc's own functions are
 * looked up in libc.so.6 directly and checked to really come from there.
 */
typedef void *(*MallocFn)(size_t);
typedef void (*FreeFn)(void *);
static MallocFn glibc_malloc;
static FreeFn glibc_free;
static GpArea *heap;

#define ALWAYS_INLINE static inline __attribute__((always_inline))

ALWAYS_INLINE void *bench_alloc(Alloc which, size_t n)
{
    switch (which) {
    case ALLOC_GLASSPY: return gp_mem_alloc(heap, n);
    case ALLOC_GLIBC: return glibc_malloc(n);
    case ALLOC_MIMALLOC: return mi_malloc(n);
    }
    return NULL;
}

ALWAYS_INLINE void bench_free(Alloc which, void *p, size_t n)
{
    switch (which) {
    case ALLOC_GLASSPY: gp_mem_free(heap, p, n); break;
    case ALLOC_GLIBC: glibc_free(p); break;
    case ALLOC_MIMALLOC: mi_free(p); break;
    }
}

static void die(const char *msg)
{
    fprintf(stderr, "allocbench: %s\n", msg);
    exit(1);
}

static void *libc_symbol(void *libc, const char *name)
{
    void *fn = dlsym(libc, name);
    Dl_info info;
    if (fn == NULL || dladdr(fn, &info) == 0 || info.dli_fname == NULL
        || strstr(info.dli_fname, "libc.so") == NULL) {
        fprintf(stderr, "allocbench: cannot find glibc's %s in libc.so.6\n",
                name);
        exit(1);
    }
    return fn;
}

static void setup(Alloc which)
{
    if (which == ALLOC_GLIBC) {
        void *libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
        if (libc == NULL)
            die("libc.so.6 is not loaded");
        /* object pointer to function pointer: POSIX dlsym's contract */
        *(void **)&glibc_malloc = libc_symbol(libc, "malloc");
        *(void **)&glibc_free = libc_symbol(libc, "free");
    } else if (which == ALLOC_GLASSPY) {
        char err[256] = "";
        GpImage *img = gp_image_create(&(GpImageConfig){ .size = 1ull << 30 },
                                       err, sizeof err);
        if (img == NULL) {
            fprintf(stderr, "allocbench: gp_image_create: %s\n", err);
            exit(1);
        }
        heap = gp_image_area(img, GP_AREA_HEAP);
    }
}

/* ---- the workload ------------------------------------------------------- */

/* xorshift64*: fast, deterministic, good enough low and high bits. */
ALWAYS_INLINE uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1Dull;
}

/* A size in [MIN_SIZE, MAX_SIZE] from the high 32 bits (multiply, no
 * division: a 64-bit div would cost as much as a fast allocation). */
ALWAYS_INLINE size_t rng_size(uint64_t r)
{
    return MIN_SIZE
           + (size_t)(((r >> 32) * (MAX_SIZE - MIN_SIZE + 1)) >> 32);
}

typedef struct State {
    uint64_t rng;
    uint64_t sum;               /* checksum of bytes read back at free */
    void *slot[NSLOTS];
    uint16_t size[NSLOTS];      /* the request size, for gp_mem_free */
} State;

ALWAYS_INLINE void *take(Alloc which, size_t n, uint64_t r)
{
    uint8_t *p = bench_alloc(which, n);
    if (p == NULL)
        die("allocation failed");
    p[0] = (uint8_t)(r >> 8);
    p[n - 1] = (uint8_t)(r >> 16);
    return p;
}

ALWAYS_INLINE void give(Alloc which, State *st, void *ptr, size_t n)
{
    uint8_t *p = ptr;
    st->sum = st->sum * 31 + p[0] + ((uint64_t)p[n - 1] << 8);
    bench_free(which, p, n);
}

ALWAYS_INLINE void churn(Alloc which, State *st, uint64_t ops)
{
    for (uint64_t i = 0; i < ops; i++) {
        uint64_t r = rng_next(&st->rng);
        uint32_t k = (uint32_t)r & (NSLOTS - 1);
        if (st->slot[k] != NULL) {
            give(which, st, st->slot[k], st->size[k]);
            st->slot[k] = NULL;
        } else {
            size_t n = rng_size(r);
            st->slot[k] = take(which, n, r);
            st->size[k] = (uint16_t)n;
        }
    }
}

/* Returns the operations done: whole bursts, at least `ops`. */
ALWAYS_INLINE uint64_t lifo(Alloc which, State *st, uint64_t ops)
{
    void *burst[BURST_MAX];
    uint16_t bsize[BURST_MAX];
    uint64_t done = 0;
    while (done < ops) {
        uint32_t k = 1 + ((uint32_t)rng_next(&st->rng) & (BURST_MAX - 1));
        for (uint32_t j = 0; j < k; j++) {
            uint64_t r = rng_next(&st->rng);
            size_t n = rng_size(r);
            burst[j] = take(which, n, r);
            bsize[j] = (uint16_t)n;
        }
        for (uint32_t j = k; j-- > 0;)
            give(which, st, burst[j], bsize[j]);
        done += 2ull * k;
    }
    return done;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;        /* KiB on Linux */
}

/*
 * The timed phase runs as SEGMENTS equal slices, each timed on its own.
 * This machine is a VM whose neighbours share its caches and memory: a
 * whole run's time can swing 2x from one second to the next.  The best
 * slice is the allocator's speed when the machine was quiet, and is what
 * run.sh compares; the whole-run figure is printed beside it.
 */
#define SEGMENTS 10u

typedef struct Result {
    uint64_t ops;               /* timed operations, all slices */
    double seconds;             /* all slices */
    double best_ns;             /* ns/op of the fastest slice */
} Result;

/* The workload, instantiated once per allocator with `which` constant. */
ALWAYS_INLINE Result run(Alloc which, Workload wl, State *st, uint64_t ops)
{
    Result res = { 0, 0, 0 };
    churn(which, st, WARMUP_OPS);
    if (wl == WL_LIFO)
        lifo(which, st, WARMUP_OPS);
    for (uint32_t seg = 0; seg < SEGMENTS; seg++) {
        /* slice `seg` ends at about ops * (seg + 1) / SEGMENTS; lifo runs
         * whole bursts, so it may already be past the end */
        uint64_t end = seg == SEGMENTS - 1 ? ops : ops / SEGMENTS * (seg + 1);
        uint64_t n = end > res.ops ? end - res.ops : 0;
        if (n == 0)
            continue;
        double t0 = now();
        if (wl == WL_CHURN)
            churn(which, st, n);
        else
            n = lifo(which, st, n);
        double t = now() - t0;
        res.ops += n;
        res.seconds += t;
        if (res.best_ns == 0 || t * 1e9 / (double)n < res.best_ns)
            res.best_ns = t * 1e9 / (double)n;
    }
    /* untimed: free what is left, so every block is read back */
    for (uint32_t k = 0; k < NSLOTS; k++)
        if (st->slot[k] != NULL)
            give(which, st, st->slot[k], st->size[k]);
    return res;
}

static Result run_glasspy(Workload wl, State *st, uint64_t ops)
{
    return run(ALLOC_GLASSPY, wl, st, ops);
}

static Result run_glibc(Workload wl, State *st, uint64_t ops)
{
    return run(ALLOC_GLIBC, wl, st, ops);
}

static Result run_mimalloc(Workload wl, State *st, uint64_t ops)
{
    return run(ALLOC_MIMALLOC, wl, st, ops);
}

static int lookup(const char *s, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

static void usage(void)
{
    fprintf(stderr, "usage: allocbench glasspy|glibc|mimalloc [OPS [churn|lifo]]\n");
    exit(2);
}

/* State is ~640 KiB: static, not on the stack; the same for every run. */
static State state = { .rng = SEED };

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 4)
        usage();
    int which = lookup(argv[1], alloc_names, 3);
    if (which < 0)
        usage();
    uint64_t ops = DEFAULT_OPS;
    if (argc >= 3) {
        char *end;
        ops = strtoull(argv[2], &end, 10);
        if (*argv[2] == '\0' || *end != '\0' || ops == 0)
            usage();
    }
    int wl = WL_CHURN;
    if (argc == 4 && (wl = lookup(argv[3], workload_names, 2)) < 0)
        usage();

    setup((Alloc)which);
    long base_rss = peak_rss_kib();
    Result res;
    switch ((Alloc)which) {
    case ALLOC_GLASSPY: res = run_glasspy((Workload)wl, &state, ops); break;
    case ALLOC_GLIBC: res = run_glibc((Workload)wl, &state, ops); break;
    default: res = run_mimalloc((Workload)wl, &state, ops); break;
    }
    printf("allocbench allocator=%s workload=%s ops=%" PRIu64
           " slots=%u ns_per_op=%.3f best_ns_per_op=%.3f peak_rss_kib=%ld base_rss_kib=%ld"
           " checksum=%016" PRIx64 "\n",
           alloc_names[which], workload_names[wl], res.ops, NSLOTS,
           res.seconds * 1e9 / (double)res.ops, res.best_ns, peak_rss_kib(),
           base_rss,
           state.sum);
    return 0;
}
