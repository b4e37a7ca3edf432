/*
 * structseq.h - named tuples made in C (sys.version_info, sys.float_info).
 */
#ifndef GP_OBJ_STRUCTSEQ_H
#define GP_OBJ_STRUCTSEQ_H

#include "obj/object.h"

/* A new struct-sequence type called `name` ("sys.float_info") with the
 * NULL-terminated field names, in the static area.  NULL with an
 * exception pending. */
GpType *gp_structseq_type(GpState *st, const char *name, const char *const *fields);
/* An instance of t holding items[0..n_fields), whose references it takes
 * (a NULL item means its making failed: all are released, NULL returned
 * with that exception pending). */
GpObject *gp_structseq_new(GpState *st, GpType *t, GpObject **items);

#endif
