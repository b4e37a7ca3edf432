/*
 * singletons.c - the types of None, NotImplemented and bool, and of the
 * root types `object` and `type`.  Their instances are made once, in the
 * static area, by state.c.
 */
#include "obj/singletons.h"

#include <string.h>

#include "mem/mem.h"
#include "obj/error.h"
#include "obj/hash.h"
#include "obj/int.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

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


/* type(x) is x's type; type(name, bases, dict) makes a class (not yet). */
static GpObject *type_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)type, (void)kwnames;
    if (nargs == 1)
        return gp_incref(GP_OBJ(args[0]->type));
    if (nargs == 3) {
        gp_err_format(st, gp_type(st, GP_T_NOT_IMPLEMENTED_ERROR),
                      "type(name, bases, dict) is not supported yet: classes come next");
        return NULL;
    }
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "type() takes 1 or 3 arguments");
    return NULL;
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

/* A built-in type's name may carry its module, as CPython's tp_name
 * ("sys.float_info"): __name__ is the part after the last dot, __module__
 * the part before it, or "builtins". */
static GpObject *type_get_name(GpState *st, GpObject *o)
{
    const char *name = ((GpType *)o)->name, *dot = strrchr(name, '.');
    return gp_str_from_cstr(st, dot ? dot + 1 : name);
}

static GpObject *type_get_module(GpState *st, GpObject *o)
{
    const char *name = ((GpType *)o)->name, *dot = strrchr(name, '.');
    if (!dot)
        return gp_str_from_cstr(st, "builtins");
    return gp_str_from_utf8(st, name, (size_t)(dot - name));
}

static GpObject *type_get_base(GpState *st, GpObject *o)
{
    GpType *b = ((GpType *)o)->base;
    return gp_incref(b ? GP_OBJ(b) : st->none);
}

static const GpGetSetDef type_getset[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_name, NULL},
    {"__module__", type_get_module, NULL},
    {"__base__", type_get_base, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_type_template = {
    .name = "type",
    .basicsize = sizeof(GpType),
    .dealloc = immortal_dealloc,
    .repr = type_repr,
    .getattr = gp_method_type_getattr,
    .call = type_call,
    .new_ = type_new,
    .getset = type_getset,
    .hash = identity_hash,
};

/* object(): a bare instance, a student's unique sentinel */
static GpObject *object_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    (void)args;
    if (nargs || (kwnames && gp_tuple_size(kwnames))) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "object() takes no arguments");
        return NULL;
    }
    return gp_obj_alloc(st, (GpType *)type, sizeof(GpObject));
}

static void object_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(GpObject));
}

const GpType gp_object_template = {
    .name = "object",
    .flags = GP_TF_BASETYPE,
    .basicsize = sizeof(GpObject),
    .dealloc = object_dealloc,
    .hash = identity_hash,
    .new_ = object_new,
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

/* bool() and bool(x): the truth of x, as CPython's bool_new(x=False, /) */
static GpObject *bool_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                          GpObject *kwnames)
{
    (void)type;
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "bool() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "bool expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    int t = nargs ? gp_obj_truth(st, args[0]) : 0;
    if (t < 0)
        return NULL;
    return gp_incref(t ? st->true_ : st->false_);
}

/* True & False and friends are bools; with an int they are int's ops */
static GpObject *bool_bitop(GpState *st, GpObject *a, GpObject *b, int op)
{
    GpType *bt = gp_type(st, GP_T_BOOL);
    if (a->type == bt && b->type == bt) {
        int x = a == st->true_, y = b == st->true_;
        int r = op == 0 ? (x & y) : op == 1 ? (x | y) : (x ^ y);
        return gp_incref(r ? st->true_ : st->false_);
    }
    const GpNumberSlots *in = gp_type(st, GP_T_INT)->num;
    return (op == 0 ? in->and_ : op == 1 ? in->or_ : in->xor_)(st, a, b);
}

static GpObject *bool_and(GpState *st, GpObject *a, GpObject *b) { return bool_bitop(st, a, b, 0); }
static GpObject *bool_or(GpState *st, GpObject *a, GpObject *b) { return bool_bitop(st, a, b, 1); }
static GpObject *bool_xor(GpState *st, GpObject *a, GpObject *b) { return bool_bitop(st, a, b, 2); }

int gp_bool_type_ready(GpState *st)
{
    /* int's number slots, with the three bitwise ones replaced */
    GpNumberSlots *num = gp_mem_alloc(st->statics, sizeof *num);
    if (!num)
        return -1;
    *num = *gp_type(st, GP_T_INT)->num;
    num->and_ = bool_and;
    num->or_ = bool_or;
    num->xor_ = bool_xor;
    gp_type(st, GP_T_BOOL)->num = num;
    return 0;
}

/* bool is a subclass of int: True and False are the ints 1 and 0 with
 * their own repr; arithmetic, hashing, comparison and the methods are
 * int's (found through the base).  Not subclassable: no GP_TF_BASETYPE. */
const GpType gp_bool_template = {
    .name = "bool",
    .basicsize = sizeof(GpInt),
    .dealloc = immortal_dealloc,
    .repr = bool_repr,
    .str = bool_repr,
    .new_ = bool_new,
};
