/*
 * structseq.h - struct sequences (CPython's PyStructSequence): tuples whose
 * items also have names, such as time.struct_time.
 *
 * A struct sequence type has tuple as its base and the tuple's layout, so
 * len, indexing, slicing, iteration, comparison and hashing are the
 * tuple's.  Its getset table names the fields in order (item i is the
 * i-th entry); repr shows them: time.struct_time(tm_year=1970, ...).
 * The types are built-in types like any other (GP_T_STRUCT_TIME, ...),
 * their templates here.
 */
#ifndef GP_OBJ_STRUCTSEQ_H
#define GP_OBJ_STRUCTSEQ_H

#include <stddef.h>

#include "obj/object.h"

/* A new instance of struct sequence type t holding the n items (new
 * references taken; n must be the type's number of fields). */
GpObject *gp_structseq_new(GpState *st, GpType *t, GpObject *const *items, size_t n);

extern const GpType gp_struct_time_template;

#endif
