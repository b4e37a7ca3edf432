/*
 * singletons.c - the types of None, NotImplemented and bool, and of the
 * root types `object` and `type`.  Their instances are made once, in the
 * static area, by state.c.
 */
#include "obj/singletons.h"

#include "obj/error.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"

static void immortal_dealloc(GpState *st, GpObject *o)
{
    /* A static object's count never reaches zero; reaching here means a
     * reference was released twice.  Keep the object: never free it. */
    (void)st;
    o->rc = GP_RC_IMMORTAL;
}

static GpObject *none_repr(GpState *st, GpObject *o)
{
    (void)o;
    return gp_str_from_cstr(st, "None");
}

static GpObject *notimpl_repr(GpState *st, GpObject *o)
{
    (void)o;
    return gp_str_from_cstr(st, "NotImplemented");
}

static GpObject *bool_repr(GpState *st, GpObject *o)
{
    return gp_str_from_cstr(st, o == st->true_ ? "True" : "False");
}

static int64_t identity_hash(GpState *st, GpObject *o)
{
    (void)st;
    return gp_hash_pointer(o);
}


/* Calling a type makes an instance: its new_ slot does the work. */
static GpObject *type_call(GpState *st, GpObject *callable, GpObject *const *args, size_t nargs,
                           GpObject *kwnames)
{
    GpType *t = (GpType *)callable;
    if (t->new_)
        return t->new_(st, callable, args, nargs, kwnames);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "cannot create '%s' instances", t->name);
    return NULL;
}

static GpObject *type_repr(GpState *st, GpObject *o)
{
    return gp_str_format(st, "<class '%s'>", ((GpType *)o)->name);
}

const GpType gp_type_template = {
    .name = "type",
    .basicsize = sizeof(GpType),
    .dealloc = immortal_dealloc,
    .repr = type_repr,
    .getattr = gp_method_type_getattr,
    .call = type_call,
    .hash = identity_hash,
};

const GpType gp_object_template = {
    .name = "object",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpObject),
    .dealloc = immortal_dealloc,
    .hash = identity_hash,
};

const GpType gp_none_template = {
    .name = "NoneType",
    .basicsize = sizeof(GpObject),
    .dealloc = immortal_dealloc,
    .repr = none_repr,
    .hash = identity_hash,
};

const GpType gp_notimpl_template = {
    .name = "NotImplementedType",
    .basicsize = sizeof(GpObject),
    .dealloc = immortal_dealloc,
    .repr = notimpl_repr,
    .hash = identity_hash,
};

/* bool is a subclass of int: True and False are the ints 1 and 0 with
 * their own repr; arithmetic, hashing and comparison are int's. */
const GpType gp_bool_template = {
    .name = "bool",
    .basicsize = sizeof(GpInt),
    .dealloc = immortal_dealloc,
    .repr = bool_repr,
    .str = bool_repr,
};
