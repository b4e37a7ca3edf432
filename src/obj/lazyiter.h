/*
 * lazyiter.h - enumerate, zip, map, filter and reversed: iterator types
 * that draw from other iterators as they are advanced.
 */
#ifndef GP_OBJ_LAZYITER_H
#define GP_OBJ_LAZYITER_H

#include "obj/object.h"

extern const GpType gp_enumerate_template, gp_zip_template, gp_map_template,
    gp_filter_template, gp_reversed_template, gp_calliter_template;

/* iter(callable, sentinel): calls callable() until it returns sentinel */
GpObject *gp_calliter_new(GpState *st, GpObject *callable, GpObject *sentinel);

#endif
