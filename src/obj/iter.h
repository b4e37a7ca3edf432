/*
 * iter.h - iterators shared by several types, and helpers for writing one.
 *
 * The protocol itself (gp_obj_iter, gp_iter_next) is in object.h: a type
 * is iterable through its `iter` slot; an iterator has an `iternext` slot
 * that returns a new reference, or NULL with no exception pending when it
 * is exhausted.  An exhausted iterator drops its reference to what it
 * walked (as CPython's do), so it stays exhausted and frees the sequence
 * early.
 *
 * The sequence iterator ("iterator") serves a type that has `seq->item`
 * but no `iter` slot: it calls item(0), item(1), ... until IndexError or
 * StopIteration, as CPython's PySeqIter does.
 */
#ifndef GP_OBJ_ITER_H
#define GP_OBJ_ITER_H

#include <sys/types.h>

#include "obj/object.h"

/* The layout of the index-based iterators: seq iterator, tuple and list
 * iterators.  seq is NULL once exhausted. */
typedef struct GpIndexIter {
    GpObject ob;
    ssize_t index;
    GpObject *seq;
} GpIndexIter;

GpObject *gp_seqiter_new(GpState *st, GpObject *seq);

/* Shared slot functions for iterator types built on GpIndexIter. */
GpObject *gp_iter_self(GpState *st, GpObject *it);           /* iter(it) is it */
GpObject *gp_iter_index_new(GpState *st, GpType *type, GpObject *seq, ssize_t index);
void gp_iter_index_dealloc(GpState *st, GpObject *it);
int gp_iter_index_traverse(GpObject *it, GpVisitFn visit, void *arg);
void gp_iter_index_clear(GpState *st, GpObject *it);

extern const GpType gp_seqiter_template;

#endif
