/*
 * map.c - print the memory map (glasspy --map).
 */
#include "inspect/map.h"

#include "mem/stack.h"
#include "mem/stats.h"

#define BAR_WIDTH 32

void gp_map_format_size(char *buf, size_t len, size_t n)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = (double)n;
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        u++;
    }
    if (u == 0)
        snprintf(buf, len, "%zu B", n);
    else
        snprintf(buf, len, "%.1f %s", v, units[u]);
}

static void bar(FILE *out, size_t size, size_t total)
{
    int w = (int)((double)size / (double)total * BAR_WIDTH + 0.5);
    if (w == 0 && size)
        w = 1;
    for (int i = 0; i < w; i++)
        fputc('#', out);
}

void gp_map_print(GpImage *img, FILE *out)
{
    char s1[32], s2[32], s3[32], s4[32];
    gp_map_format_size(s1, sizeof s1, img->size);
    fprintf(out, "glasspy memory map: image of %s at %p-%p\n", s1, (void *)img->base,
            (void *)(img->base + img->size));
    fprintf(out, "%-7s %-14s %-14s %10s %10s %10s %10s %7s  %s\n", "area", "start", "end",
            "size", "committed", "used", "free", "objects", "bar (share of the image)");
    for (int k = GP_AREA_COUNT - 1; k >= 0; k--) {
        GpAreaStats st;
        gp_stats_area(img, (GpAreaKind)k, &st);
        gp_map_format_size(s1, sizeof s1, st.reserved);
        gp_map_format_size(s2, sizeof s2, st.committed);
        gp_map_format_size(s3, sizeof s3, st.used);
        gp_map_format_size(s4, sizeof s4, st.free);
        fprintf(out, "%-7s %#14jx %#14jx %10s %10s %10s %10s %7zu  ", st.name,
                (uintmax_t)st.lo, (uintmax_t)st.hi, s1, s2, s3, s4, st.blocks);
        bar(out, st.reserved, img->size);
        fputc('\n', out);
    }
    size_t depth = gp_stack_depth(img);
    fprintf(out, "frames on the stack (newest first): %zu\n", depth);
    size_t i = 0;
    for (void *f = gp_stack_next(img, NULL); f; f = gp_stack_next(img, f), i++) {
        gp_map_format_size(s1, sizeof s1, gp_stack_frame_size(f));
        fprintf(out, "  #%-4zu %p  %s\n", depth - 1 - i, f, s1);
    }
}
