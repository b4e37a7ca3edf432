/*
 * image.h - the memory image and its areas.
 *
 * glasspy reserves ONE contiguous range of virtual address space at start-up
 * and divides it into seven areas, low to high:
 *
 *   high  +----------------------+  <- base + size
 *         | higher  argv, environ|  fixed; packed strings and their vectors
 *         +----------------------+  <- stack.hi (fixed)
 *         | stack   frames       |  grows DOWN: stack.lo moves
 *         +----------------------+  <- stack.lo
 *         | shared  free gap     |  uncommitted; heap and stack grow into it
 *         +----------------------+  <- heap.hi
 *         | heap    objects      |  grows UP: heap.hi moves
 *         +----------------------+  <- heap.lo (fixed)
 *         | global  module dicts |  fixed range, commits upward inside it
 *         | static  immortals    |  fixed range, commits upward inside it
 *         | text    code         |  fixed range, commits upward inside it
 *   low   +----------------------+  <- base
 *
 * Every byte of [base, base+size) belongs to exactly one area at any moment:
 * the areas' ranges tile the image with no gap and no overlap, and
 * gp_image_area_of() answers which one in O(1) with at most six compares.
 *
 * Boundaries that move (heap.hi, stack.lo) move in GP_COMMIT_STEP units, so
 * the shared gap is always a whole number of steps of PROT_NONE pages: a
 * stray write into it faults instead of corrupting a neighbour.
 *
 * Pages are committed (mprotect read/write) when an area grows over them and
 * released (madvise DONTNEED + PROT_NONE) when it shrinks, so the resident
 * size follows what the program really uses.
 */
#ifndef GP_MEM_IMAGE_H
#define GP_MEM_IMAGE_H

#include <stddef.h>
#include <stdint.h>

/* ---- the numbers (docs/MEMORY.md explains each choice) ------------------ */
#define GP_ALIGN        16u                 /* every block is 16-byte aligned */
#define GP_SMALL_MAX    512u                /* largest pooled request */
#define GP_NCLASSES     (GP_SMALL_MAX / GP_ALIGN)   /* 32 size classes */
#define GP_POOL_SIZE    (4u * 1024u)        /* one size class per pool */
#define GP_ARENA_POOLS  64u                 /* pools per arena: 256 KiB */
#define GP_COMMIT_STEP  (64u * 1024u)       /* granule of moving boundaries */
#define GP_MIN_IMAGE    (1024u * 1024u)     /* smallest image that can work */
#define GP_NBINS        256u                /* large-block free bins */

typedef enum GpAreaKind {
    GP_AREA_TEXT,
    GP_AREA_STATIC,
    GP_AREA_GLOBAL,
    GP_AREA_HEAP,
    GP_AREA_SHARED,
    GP_AREA_STACK,
    GP_AREA_HIGHER,
    GP_AREA_COUNT,
    GP_AREA_NONE = -1
} GpAreaKind;

typedef struct GpPool GpPool;
typedef struct GpChunk GpChunk;
typedef struct GpImage GpImage;

/*
 * One area.  The four areas that hold blocks (text, static, global, heap)
 * are instances of the same allocator: small requests from pools inside
 * arenas (pool.c), large ones from a boundary-tag free-list allocator
 * (block.c), both carved from a break that grows up from `lo`.
 *
 *   lo                   top            brk                     hi
 *   | chunks (arenas,     | top slack:   | reserve: not yet       |
 *   | large blocks, free) | committed,   | committed (fixed areas |
 *   |                     | unused       | only; heap.hi == brk)  |
 *
 * The stack uses the same range and commit machinery, growing down, with
 * LIFO frames instead of pools (stack.c).
 */
typedef struct GpArea {
    GpAreaKind kind;
    const char *name;
    GpImage *image;
    uint8_t *lo, *hi;          /* the area's address range [lo, hi) */
    uint8_t *limit;            /* fixed areas: never grow past it */

    /* grow-up areas: the chunk region and its break */
    uint8_t *top;              /* end of the last chunk; [top, brk) is slack */
    uint8_t *brk;              /* committed up to here */
    uint32_t arena_pools;      /* pools per arena in this area (1..16) */

    /* small objects: the per-class free lists (mem.c) in front of the
     * pools (pool.c) */
    void *freelist[GP_NCLASSES];      /* freed blocks, newest first */
    uint32_t nfree[GP_NCLASSES];      /* blocks on freelist[cls] */
    GpPool *usedpools[GP_NCLASSES];   /* pools with a free block, MRU first */
    GpPool *usable_arenas;            /* arenas with free pools, by address */
    size_t narenas;

    /* large blocks (block.c) */
    GpChunk *bins[GP_NBINS];
    uint64_t binmap[GP_NBINS / 64];

    /* stack only (stack.c) */
    uint8_t *sp;               /* lowest byte of the newest frame */
    size_t nframes;
    size_t peak_used;          /* high-water mark of used bytes */
    uint8_t *touched;          /* farthest the area ever committed (brk's
                                  highest, or the stack's lowest lo) */
} GpArea;

struct GpImage {
    uint8_t *base;             /* 64 KiB aligned */
    size_t size;
    size_t page;
    GpArea areas[GP_AREA_COUNT];
    /* the higher area: argv and environ copied into the image, then the
     * objects the runtime makes from them (gp_image_higher_alloc) */
    int argc;
    char **argv;
    char **envp;
    size_t higher_used;
    size_t higher_objects;     /* blocks handed out by gp_image_higher_alloc */
};

typedef struct GpImageConfig {
    size_t size;        /* bytes to reserve; 0 = the machine's RAM */
    int argc;           /* copied into the higher area; may be 0 */
    char *const *argv;
    char *const *envp;  /* NULL-terminated; may be NULL */
    size_t higher_objects;  /* room to keep, above the strings, for the
                               objects made from them (sys.argv's str) */
} GpImageConfig;

/* Reserve and lay out an image.  Returns NULL and writes a one-line reason
 * to err (if given) when the size cannot work or cannot be reserved. */
GpImage *gp_image_create(const GpImageConfig *cfg, char *err, size_t errlen);
void gp_image_destroy(GpImage *img);

/* Which area holds ptr; GP_AREA_NONE outside the image.  O(1). */
GpAreaKind gp_image_area_of(const GpImage *img, const void *ptr);

/* A block from the room above argv and environ (config.higher_objects),
 * for objects that live as long as the image: the str objects of sys.argv
 * and os.environ.  Packed like the strings (16-byte aligned), never freed.
 * NULL when the room is used up. */
void *gp_image_higher_alloc(GpImage *img, size_t size);
GpArea *gp_image_area(GpImage *img, GpAreaKind kind);
const char *gp_area_name(GpAreaKind kind);

/* The machine's physical memory in bytes (the default image size). */
size_t gp_image_default_size(void);

/* Parse "64M", "2G", "1048576", "512K" (binary units, optional B/iB).
 * Returns 0 on success; -1 with a one-line message naming the size and the
 * accepted forms in err.  Sizes below GP_MIN_IMAGE are refused. */
int gp_image_parse_size(const char *text, size_t *out, char *err, size_t errlen);

/* ---- used by the allocators: move a boundary, commit or release pages --- */

/* Grow-up area: make [lo, need) usable by moving brk (heap: and hi) up in
 * commit steps.  Returns 0, or -1 when it would cross the limit (for the
 * heap: the stack) even after asking the stack to give back its slack. */
int gp_area_grow_brk(GpArea *a, uint8_t *need);
/* Grow-up area: release whole steps of slack above top beyond `keep`. */
void gp_area_trim_brk(GpArea *a, size_t keep);
/* Stack: move lo down so [need, hi) is usable.  0, or -1 on collision. */
int gp_area_grow_down(GpArea *a, uint8_t *need);
/* Stack: release whole steps of slack below sp beyond `keep`. */
void gp_area_trim_down(GpArea *a, size_t keep);

#endif
