/*
 * astarena.c - bump allocation over big blocks from an area (astarena.h).
 */
#include "lang/astarena.h"

#include <string.h>

#include "mem/mem.h"

struct GpArenaBlock {
    GpArenaBlock *next;
    size_t size;             /* bytes of the block, header included */
};

#define HDR ((sizeof(GpArenaBlock) + 15u) & ~(size_t)15u)

void gp_astarena_init(GpAstArena *ar, GpArea *area)
{
    ar->area = area;
    ar->blocks = NULL;
    ar->cur = ar->end = NULL;
    ar->total = 0;
}

static GpArenaBlock *new_block(GpAstArena *ar, size_t size)
{
    GpArenaBlock *b = gp_mem_alloc(ar->area, size);
    if (!b)
        return NULL;
    b->size = size;
    ar->total += size;
    return b;
}

void *gp_astarena_alloc(GpAstArena *ar, size_t size)
{
    size = (size + 7u) & ~(size_t)7u;
    if (size == 0)
        size = 8;
    if (size <= (size_t)(ar->end - ar->cur)) {
        void *p = ar->cur;
        ar->cur += size;
        memset(p, 0, size);
        return p;
    }
    if (size > GP_ASTARENA_BLOCK / 4) {
        /* a block of its own, kept behind the current bump block */
        if (size > (size_t)-1 / 2)
            return NULL;
        GpArenaBlock *b = new_block(ar, HDR + size);
        if (!b)
            return NULL;
        if (ar->blocks) {
            b->next = ar->blocks->next;
            ar->blocks->next = b;
        } else {
            b->next = NULL;
            ar->blocks = b;
        }
        void *p = (char *)b + HDR;
        memset(p, 0, size);
        return p;
    }
    GpArenaBlock *b = new_block(ar, GP_ASTARENA_BLOCK);
    if (!b)
        return NULL;
    b->next = ar->blocks;
    ar->blocks = b;
    ar->cur = (char *)b + HDR;
    ar->end = (char *)b + GP_ASTARENA_BLOCK;
    void *p = ar->cur;
    ar->cur += size;
    memset(p, 0, size);
    return p;
}

char *gp_astarena_strdup(GpAstArena *ar, const char *s, size_t n)
{
    char *d = gp_astarena_alloc(ar, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void gp_astarena_free(GpAstArena *ar)
{
    GpArenaBlock *b = ar->blocks;
    while (b) {
        GpArenaBlock *next = b->next;
        gp_mem_free(ar->area, b, b->size);
        b = next;
    }
    ar->blocks = NULL;
    ar->cur = ar->end = NULL;
    ar->total = 0;
}
