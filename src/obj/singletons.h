/*
 * singletons.h - templates of the root types and of the singletons' types.
 */
#ifndef GP_OBJ_SINGLETONS_H
#define GP_OBJ_SINGLETONS_H

#include "obj/object.h"

/* Give bool its number slots (int's, with & | ^ of bools giving bools). */
int gp_bool_type_ready(GpState *st);

extern const GpType gp_type_template, gp_object_template, gp_none_template,
    gp_notimpl_template, gp_bool_template;

#endif
