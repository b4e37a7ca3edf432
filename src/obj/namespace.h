/*
 * namespace.h - types.SimpleNamespace: an object that is only its
 * attributes (sys.implementation is one).
 */
#ifndef GP_OBJ_NAMESPACE_H
#define GP_OBJ_NAMESPACE_H

#include "obj/object.h"

typedef struct GpNamespace {
    GpObject ob;
    GpObject *dict;         /* the attributes, in the order they were set */
} GpNamespace;

/* A namespace with no attributes yet; set them with gp_obj_setattr or
 * gp_namespace_set. */
GpObject *gp_namespace_new(GpState *st);
/* ns.name = value (value referenced, not stolen; NULL value: failed
 * making it, pass the error on).  0, or -1. */
int gp_namespace_set(GpState *st, GpObject *ns, const char *name, GpObject *value);

extern const GpType gp_namespace_template;

#endif
