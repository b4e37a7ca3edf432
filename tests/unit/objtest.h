/*
 * objtest.h - helpers shared by the object tests: the heap's live block
 * count (after the free lists are flushed) and the heap verifier.
 */
#ifndef GP_TESTS_OBJTEST_H
#define GP_TESTS_OBJTEST_H

#include "mem/mem.h"
#include "mem/stats.h"
#include "obj/state.h"

static inline size_t heap_blocks(GpState *st)
{
    GpAreaStats s;
    gp_mem_flush(st->heap);
    gp_stats_area(st->img, GP_AREA_HEAP, &s);
    return s.blocks;
}

static inline void check_image(GpState *st)
{
    char err[512] = "";
    if (gp_stats_check(st->img, err, sizeof err) != 0)
        fail_msg("gp_stats_check: %s", err);
}

#endif
