/*
 * slice.h - slice objects (a[start:stop:step]) and index arithmetic.
 *
 * A slice holds three arbitrary objects (None when omitted).  Sequences
 * turn it into concrete indices for a given length exactly as CPython's
 * PySlice_Unpack + PySlice_AdjustIndices do: indices are converted with
 * clamping (a huge start behaves as +-PY_SSIZE_T_MAX), negative ones count
 * from the end, out-of-range ones are clipped, and the step is never 0.
 * range, whose length may exceed a machine word, uses the int-object
 * variant (CPython's _PySlice_GetLongIndices).
 *
 * The index conversion helpers are CPython's PyNumber_Index and
 * PyNumber_AsSsize_t; they belong to a number protocol that does not exist
 * yet and live here meanwhile.
 */
#ifndef GP_OBJ_SLICE_H
#define GP_OBJ_SLICE_H

#include <sys/types.h>

#include "obj/object.h"

typedef struct GpSlice {
    GpObject ob;
    GpObject *start, *stop, *step;   /* never NULL: None when omitted */
} GpSlice;

#define GP_SLICE(o) ((GpSlice *)(o))

/* slice(start, stop, step); NULL arguments mean None. */
GpObject *gp_slice_new(GpState *st, GpObject *start, GpObject *stop, GpObject *step);

/* Does o have an __index__ (num->index slot)? */
int gp_slice_has_index(const GpObject *o);
/* PyNumber_Index: an exact int equal to o; TypeError "'float' object
 * cannot be interpreted as an integer". */
GpObject *gp_slice_index_int(GpState *st, GpObject *o);
/* PyNumber_AsSsize_t: o's __index__ value as ssize_t.  On overflow, raise
 * `overflow` ("cannot fit 'int' into an index-sized integer"), or clamp
 * when it is NULL.  0, or -1 with an exception pending. */
int gp_slice_as_ssize(GpState *st, GpObject *o, GpType *overflow, ssize_t *out);

/* PySlice_Unpack: raw start/stop/step (defaults and clamping applied,
 * ValueError "slice step cannot be zero"). 0 or -1. */
/* A slice bound or a start/stop argument (list.index, str.find), clamped
 * to ssize_t, as CPython's _PyEval_SliceIndex (none_ok: None or NULL
 * leaves *out alone) and _PyEval_SliceIndexNotNone; TypeError "slice
 * indices must be integers [or None] or have an __index__ method". */
int gp_slice_index(GpState *st, GpObject *o, int none_ok, ssize_t *out);
int gp_slice_unpack(GpState *st, GpObject *slice, ssize_t *start, ssize_t *stop,
                    ssize_t *step);
/* PySlice_AdjustIndices: fit to a sequence of `length`; the slice length. */
ssize_t gp_slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step);
/* PySlice_GetIndicesEx: both of the above.  0 or -1. */
int gp_slice_indices(GpState *st, GpObject *slice, ssize_t length, ssize_t *start,
                     ssize_t *stop, ssize_t *step, ssize_t *slicelength);
/* _PySlice_GetLongIndices: the same for a length that is an int object;
 * start, stop and step come back as new int references.  0 or -1. */
int gp_slice_long_indices(GpState *st, GpObject *slice, GpObject *length, GpObject **start,
                          GpObject **stop, GpObject **step);

extern const GpType gp_slice_template;

#endif
