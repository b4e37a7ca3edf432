/*
 * method.c - built-in functions, method descriptors, bound methods; the
 * generic attribute lookup and call (see method.h).
 */
#include "obj/method.h"

#include <stdio.h>

#include "obj/dict.h"
#include "obj/error.h"
#include "obj/module.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

/* ---- calling a method table entry ------------------------------------------- */

/* "list.append" for a method, "sys.getrefcount" for a module's function,
 * "len" for a built-in one, as CPython's messages name them */
static void qualname(GpState *st, char *buf, size_t n, const GpType *owner, GpObject *self,
                     const GpMethodDef *def)
{
    char mb[128];
    size_t mn;
    const char *mod = NULL;
    if (!owner && self && self->type == gp_type(st, GP_T_MODULE))
        mod = gp_str_utf8(GP_MODULE(self)->name, mb, sizeof mb - 1, &mn);
    if (owner)
        snprintf(buf, n, "%s.%s", owner->name, def->name);
    else if (mod)
        snprintf(buf, n, "%.*s.%s", (int)mn, mod, def->name);
    else
        snprintf(buf, n, "%s", def->name);
}

static GpObject *call_def(GpState *st, const GpMethodDef *def, GpType *owner, GpObject *self,
                          GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    char name[128];
    if (kwnames && gp_tuple_size(kwnames) && !(def->flags & GP_METH_KEYWORDS)) {
        qualname(st, name, sizeof name, owner, self, def);
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s() takes no keyword arguments",
                      name);
        return NULL;
    }
    if ((def->flags & GP_METH_NOARGS) && nargs != 0) {
        qualname(st, name, sizeof name, owner, self, def);
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "%s() takes no arguments (%zu given)",
                      name, nargs);
        return NULL;
    }
    if ((def->flags & GP_METH_O) && nargs != 1) {
        qualname(st, name, sizeof name, owner, self, def);
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "%s() takes exactly one argument (%zu given)", name, nargs);
        return NULL;
    }
    return def->fn(st, self, args, nargs, kwnames);
}

/* ---- method descriptors ---------------------------------------------------- */

static GpObject *descr_call(GpState *st, GpObject *callable, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    GpMethodDescr *d = (GpMethodDescr *)callable;
    if (nargs == 0) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "unbound method %s.%s() needs an argument",
                      d->owner->name, d->def->name);
        return NULL;
    }
    if (!gp_obj_is_instance_of_type(args[0], d->owner)) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR),
                      "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, d->owner->name, args[0]->type->name);
        return NULL;
    }
    return call_def(st, d->def, d->owner, args[0], args + 1, nargs - 1, kwnames);
}

static GpObject *descr_repr(GpState *st, GpObject *o)
{
    GpMethodDescr *d = (GpMethodDescr *)o;
    return gp_str_format(st, "<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static void descr_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(GpMethodDescr));
}

static GpObject *descr_get_name(GpState *st, GpObject *o)
{
    return gp_str_from_cstr(st, ((GpMethodDescr *)o)->def->name);
}

static GpObject *descr_get_qualname(GpState *st, GpObject *o)
{
    GpMethodDescr *d = (GpMethodDescr *)o;
    return gp_str_format(st, "%s.%s", d->owner->name, d->def->name);
}

static const GpGetSetDef descr_getset[] = {
    {"__name__", descr_get_name, NULL},
    {"__qualname__", descr_get_qualname, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_method_descr_template = {
    .name = "method_descriptor",
    .basicsize = sizeof(GpMethodDescr),
    .dealloc = descr_dealloc,
    .repr = descr_repr,
    .call = descr_call,
    .getset = descr_getset,
};

/* ---- built-in functions and bound methods ------------------------------------ */

GpObject *gp_cfunction_new(GpState *st, const GpMethodDef *def, GpObject *self)
{
    GpCFunction *f = (GpCFunction *)gp_obj_alloc(st, gp_type(st, GP_T_CFUNCTION),
                                                 sizeof(GpCFunction));
    if (!f)
        return NULL;
    f->def = def;
    f->self = self ? gp_incref(self) : NULL;
    return GP_OBJ(f);
}

static GpObject *bind(GpState *st, GpMethodDescr *d, GpObject *self)
{
    GpObject *f = gp_cfunction_new(st, d->def, self);
    if (f)
        ((GpCFunction *)f)->owner = d->owner;
    return f;
}

static GpObject *cfunction_call(GpState *st, GpObject *callable, GpObject *const *args,
                                size_t nargs, GpObject *kwnames)
{
    GpCFunction *f = (GpCFunction *)callable;
    return call_def(st, f->def, f->owner, f->self, args, nargs, kwnames);
}

static GpObject *cfunction_repr(GpState *st, GpObject *o)
{
    GpCFunction *f = (GpCFunction *)o;
    if (f->owner)
        return gp_str_format(st, "<built-in method %s of %s object at %p>", f->def->name,
                             f->self->type->name, (void *)f->self);
    return gp_str_format(st, "<built-in function %s>", f->def->name);
}

static void cfunction_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, ((GpCFunction *)o)->self);
    gp_obj_free(st, o, sizeof(GpCFunction));
}

static int cfunction_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    GpObject *self = ((GpCFunction *)o)->self;
    return self ? visit(self, arg) : 0;
}

static GpObject *cfunction_get_name(GpState *st, GpObject *o)
{
    return gp_str_from_cstr(st, ((GpCFunction *)o)->def->name);
}

static GpObject *cfunction_get_qualname(GpState *st, GpObject *o)
{
    GpCFunction *f = (GpCFunction *)o;
    if (f->owner)
        return gp_str_format(st, "%s.%s", f->owner->name, f->def->name);
    return gp_str_from_cstr(st, f->def->name);
}

/* a module's function names its module (math.sqrt.__module__ == 'math');
 * a bound method has None, as in CPython */
static GpObject *cfunction_get_module(GpState *st, GpObject *o)
{
    GpCFunction *f = (GpCFunction *)o;
    if (!f->owner && f->self && f->self->type == gp_type(st, GP_T_MODULE))
        return gp_incref(GP_MODULE(f->self)->name);
    return gp_incref(st->none);
}

static const GpGetSetDef cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL},
    {"__qualname__", cfunction_get_qualname, NULL},
    {"__module__", cfunction_get_module, NULL},
    {NULL, NULL, NULL},
};

const GpType gp_cfunction_template = {
    .name = "builtin_function_or_method",
    .flags = GP_TF_GC,
    .basicsize = sizeof(GpCFunction),
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .call = cfunction_call,
    .traverse = cfunction_traverse,
    .getset = cfunction_getset,
};

/* ---- type dicts, attributes, calls -------------------------------------------- */

/* ---- getset descriptors -------------------------------------------------------- */

static GpObject *getset_repr(GpState *st, GpObject *o)
{
    GpGetSetDescr *d = (GpGetSetDescr *)o;
    return gp_str_format(st, "<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static void getset_dealloc(GpState *st, GpObject *o)
{
    gp_obj_free(st, o, sizeof(GpGetSetDescr));
}

const GpType gp_getset_descr_template = {
    .name = "getset_descriptor",
    .basicsize = sizeof(GpGetSetDescr),
    .dealloc = getset_dealloc,
    .repr = getset_repr,
};

/* ---- type dicts, attributes, calls -------------------------------------------- */

/* d = a new descriptor of `type` for t's table entry def, as dict[name] */
static int add_descr(GpState *st, GpType *t, GpTypeId type, const char *name, const void *def)
{
    GpMethodDescr *d = (GpMethodDescr *)gp_obj_alloc(st, gp_type(st, type),
                                                     sizeof(GpMethodDescr));
    GpObject *key = d ? gp_str_from_cstr(st, name) : NULL;
    if (!key) {
        gp_xdecref(st, GP_OBJ(d));
        return -1;
    }
    /* the two descriptor layouts are alike: owner, then the table entry */
    d->owner = t;
    d->def = def;
    int rc = gp_dict_set(st, t->dict, key, GP_OBJ(d));
    gp_decref(st, key);
    gp_decref(st, GP_OBJ(d));
    return rc;
}

int gp_method_type_ready(GpState *st, GpType *t)
{
    const GpType *b = t->base;
    const GpMethodDef *methods = b && b->methods == t->methods ? NULL : t->methods;
    const GpGetSetDef *getset = b && b->getset == t->getset ? NULL : t->getset;
    if ((!methods && !getset) || t->dict)
        return 0;
    if (!(t->dict = gp_dict_new(st)))
        return -1;
    for (const GpMethodDef *def = methods; def && def->name; def++)
        if (add_descr(st, t, GP_T_METHOD_DESCR, def->name, def))
            return -1;
    for (const GpGetSetDef *g = getset; g && g->name; g++)
        if (add_descr(st, t, GP_T_GETSET_DESCR, g->name, g))
            return -1;
    return 0;
}

GpObject *gp_type_lookup(GpState *st, GpType *t, GpObject *name)
{
    for (; t; t = t->base) {
        if (!t->dict)
            continue;
        GpObject *v = gp_dict_get(st, t->dict, name);
        if (v || gp_err_occurred(st))
            return v;
    }
    return NULL;
}

static void no_attribute(GpState *st, const char *what, const char *tname, GpObject *name)
{
    char buf[256];
    size_t len;
    const char *u = gp_str_utf8(name, buf, sizeof buf, &len);
    gp_err_format(st, gp_type(st, GP_T_ATTRIBUTE_ERROR), what, tname, (int)(u ? len : 3),
                  u ? u : "...");
}

/* the instance's attribute dict slot, or NULL when its type has none */
static GpObject **instance_dict(GpObject *o)
{
    uint32_t off = o->type->dictoffset;
    return off ? (GpObject **)((char *)o + off) : NULL;
}

/* the getset descriptor for name on t or its bases (borrowed), or NULL */
static GpObject *type_lookup_getset(GpState *st, GpType *t, GpObject *name)
{
    GpObject *d = gp_type_lookup(st, t, name);
    return d && d->type == gp_type(st, GP_T_GETSET_DESCR) ? d : NULL;
}

GpObject *gp_obj_getattr(GpState *st, GpObject *o, GpObject *name)
{
    if (o->type->getattr)
        return o->type->getattr(st, o, name);
    return gp_obj_generic_getattr(st, o, name);
}

GpObject *gp_obj_getmethod(GpState *st, GpObject *o, GpObject *name, int *unbound)
{
    *unbound = 0;
    GpObject **dp = instance_dict(o);
    if (!o->type->getattr && !(dp && *dp && gp_dict_get(st, *dp, name))) {
        GpObject *d = gp_type_lookup(st, o->type, name);
        if (d && d->type == gp_type(st, GP_T_METHOD_DESCR)) {
            *unbound = 1;
            return gp_incref(d);
        }
    }
    return gp_obj_getattr(st, o, name);
}

GpObject *gp_obj_generic_getattr(GpState *st, GpObject *o, GpObject *name)
{
    /* CPython's order: a getset of the type (a data descriptor), the
     * instance's own attributes, then the type's other attributes */
    GpObject *d = gp_type_lookup(st, o->type, name);
    if (d && d->type == gp_type(st, GP_T_GETSET_DESCR))
        return ((GpGetSetDescr *)d)->def->get(st, o);
    GpObject **dp = instance_dict(o);
    if (dp && !gp_err_occurred(st)) {
        GpObject *v = *dp ? gp_dict_get(st, *dp, name) : NULL;
        if (v)
            return gp_incref(v);
        if (!gp_err_occurred(st) && gp_str_equal_cstr(name, "__dict__")) {
            if (!*dp && !(*dp = gp_dict_new(st)))
                return NULL;
            return gp_incref(*dp);
        }
    }
    if (d) {
        if (d->type == gp_type(st, GP_T_METHOD_DESCR))
            return bind(st, (GpMethodDescr *)d, o);
        return gp_incref(d);
    }
    if (!gp_err_occurred(st))
        no_attribute(st, "'%s' object has no attribute '%.*s'", o->type->name, name);
    return NULL;
}

/* o.name = v, or del o.name when v is NULL, in the instance dict *dictp
 * (made on the first set); deleting a missing name: AttributeError */
static int dict_setattr(GpState *st, GpObject *o, GpObject **dictp, GpObject *name, GpObject *v)
{
    if (v) {
        if (!*dictp && !(*dictp = gp_dict_new(st)))
            return -1;
        return gp_dict_set(st, *dictp, name, v);
    }
    if (*dictp && gp_dict_get(st, *dictp, name))
        return gp_dict_del(st, *dictp, name);
    if (!gp_err_occurred(st))
        no_attribute(st, "'%s' object has no attribute '%.*s'", o->type->name, name);
    return -1;
}

int gp_obj_setattr(GpState *st, GpObject *o, GpObject *name, GpObject *v)
{
    GpObject *gd = type_lookup_getset(st, o->type, name);
    const GpGetSetDef *g = gd ? ((GpGetSetDescr *)gd)->def : NULL;
    char buf[256];
    size_t len;
    const char *u = gp_str_utf8(name, buf, sizeof buf, &len);
    if (g && g->set)
        return g->set(st, o, v);
    if (g) {
        gp_err_format(st, gp_type(st, GP_T_ATTRIBUTE_ERROR),
                      "attribute '%.*s' of '%s' objects is not writable", (int)(u ? len : 3),
                      u ? u : "...", o->type->name);
        return -1;
    }
    if (o->type->setattr)
        return o->type->setattr(st, o, name, v);
    if (instance_dict(o))
        return dict_setattr(st, o, instance_dict(o), name, v);
    if (gp_type_lookup(st, o->type, name))
        gp_err_format(st, gp_type(st, GP_T_ATTRIBUTE_ERROR),
                      "'%s' object attribute '%.*s' is read-only", o->type->name,
                      (int)(u ? len : 3), u ? u : "...");
    else
        gp_err_format(st, gp_type(st, GP_T_ATTRIBUTE_ERROR),
                      "'%s' object has no attribute '%.*s'", o->type->name, (int)(u ? len : 3),
                      u ? u : "...");
    return -1;
}


GpObject *gp_obj_getattr_cstr(GpState *st, GpObject *o, const char *name)
{
    GpObject *n = gp_str_from_cstr(st, name);
    if (!n)
        return NULL;
    GpObject *r = gp_obj_getattr(st, o, n);
    gp_decref(st, n);
    return r;
}

/* Attributes of a type object: its own and its bases', unbound. */
GpObject *gp_method_type_getattr(GpState *st, GpObject *o, GpObject *name)
{
    /* the metatype's getsets first (int.__name__), then the type's own
     * attributes and its bases', descriptors as they are (int.real) */
    GpObject *g = type_lookup_getset(st, o->type, name);
    if (g)
        return ((GpGetSetDescr *)g)->def->get(st, o);
    GpObject *d = gp_type_lookup(st, (GpType *)o, name);
    if (d)
        return gp_incref(d);
    if (!gp_err_occurred(st))
        no_attribute(st, "type object '%s' has no attribute '%.*s'", ((GpType *)o)->name, name);
    return NULL;
}

GpObject *gp_obj_call(GpState *st, GpObject *callable, GpObject *const *args, size_t nargs,
                      GpObject *kwnames)
{
    if (callable->type->call)
        return callable->type->call(st, callable, args, nargs, kwnames);
    gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "'%s' object is not callable",
                  callable->type->name);
    return NULL;
}
