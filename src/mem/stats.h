/*
 * stats.h - what the memory map and the Python-level views read.
 *
 * Statistics are computed on demand by walking the areas (chunks, arenas,
 * pools, frames), so the allocation fast paths keep no counters.
 *
 *   reserved   bytes of the area's address range
 *   committed  bytes of that range backed by accessible pages
 *   used       bytes in live blocks or frames (block sizes, not requests)
 *   overhead   headers: pool headers, chunk headers, frame headers
 *   free       committed - used - overhead: reusable without growing;
 *              for text, static and global also their uncommitted
 *              reserve, which is theirs alone to grow into
 *   fragmentation  1 - largest free run / all free bytes (0 = one run)
 */
#ifndef GP_MEM_STATS_H
#define GP_MEM_STATS_H

#include "mem/image.h"

typedef struct GpAreaStats {
    GpAreaKind kind;
    const char *name;
    uintptr_t lo, hi;
    size_t reserved, committed, used, overhead, free;
    size_t blocks;          /* live blocks (small + large), or frames */
    size_t small_blocks, large_blocks;
    size_t arenas, pools, pools_empty;
    size_t free_chunks;     /* large free chunks (top slack excluded) */
    size_t largest_free;    /* largest run reusable without growing */
    double fragmentation;
    size_t peak_used;       /* stack only: high-water mark */
} GpAreaStats;

typedef struct GpClassStats {
    size_t size;            /* block size of the class */
    size_t in_use;          /* blocks handed out */
    size_t free;            /* blocks on free lists or never carved */
    size_t pools;           /* pools of this class */
} GpClassStats;

void gp_stats_area(GpImage *img, GpAreaKind kind, GpAreaStats *out);
/* out[GP_NCLASSES] */
void gp_stats_classes(GpImage *img, GpAreaKind kind, GpClassStats *out);

/* Heap verifier: checks every invariant of every area.  Returns 0, or -1
 * with a one-line description of the first broken one in err. */
int gp_stats_check(GpImage *img, char *err, size_t errlen);

#endif
