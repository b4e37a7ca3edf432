/*
 * astarena.h - the bump allocator the front end builds its trees in.
 *
 * The tokenizer's token array, the AST nodes, identifiers and decoded
 * literals all live in one arena: big blocks taken from an area with
 * gp_mem_alloc(), carved front to back, and given back together by one
 * gp_astarena_free().  Nothing inside is freed on its own, so node
 * constructors never pair an allocation with a release.
 *
 *   block -> [ next | size | bytes carved upward ......... | free ]
 *
 * Requests larger than a quarter of the block size get a block of their own
 * (a 1 MB string literal does not waste a half-empty block).  Exhaustion
 * returns NULL; the parser turns it into an "out of memory" error.
 */
#ifndef GP_LANG_ASTARENA_H
#define GP_LANG_ASTARENA_H

#include <stddef.h>

#include "mem/image.h"

#define GP_ASTARENA_BLOCK (64u * 1024u)

typedef struct GpArenaBlock GpArenaBlock;

typedef struct GpAstArena {
    GpArea *area;            /* where the blocks come from */
    GpArenaBlock *blocks;    /* newest first */
    char *cur, *end;         /* free room in the newest bump block */
    size_t total;            /* bytes taken from the area */
} GpAstArena;

void gp_astarena_init(GpAstArena *ar, GpArea *area);
/* size bytes, 8-byte aligned, zero-filled; NULL when the area is full. */
void *gp_astarena_alloc(GpAstArena *ar, size_t size);
/* Copy n bytes and add a NUL. */
char *gp_astarena_strdup(GpAstArena *ar, const char *s, size_t n);
/* Give every block back to the area. */
void gp_astarena_free(GpAstArena *ar);

#endif
