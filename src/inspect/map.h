/*
 * map.h - the memory map: the image's areas from the highest address to
 * the lowest, each with its range, size, use and a bar proportional to its
 * size, then the frames on the stack.
 */
#ifndef GP_INSPECT_MAP_H
#define GP_INSPECT_MAP_H

#include <stdio.h>

#include "mem/image.h"

void gp_map_print(GpImage *img, FILE *out);
/* "64.0 MiB", "512 B": a size for people. */
void gp_map_format_size(char *buf, size_t len, size_t n);

#endif
