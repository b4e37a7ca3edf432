/*
 * namespace.c - types.SimpleNamespace (see namespace.h): attributes kept
 * in a dict, repr `namespace(a=1, b='x')` in the order they were set,
 * equal when the attribute dicts are, SimpleNamespace(**kwargs) to make one.
 */
#include "obj/namespace.h"

#include "obj/dict.h"
#include "obj/error.h"
#include "obj/method.h"
#include "obj/state.h"
#include "obj/str.h"
#include "obj/tuple.h"

#define NS(o) ((GpNamespace *)(o))

GpObject *gp_namespace_new(GpState *st)
{
    GpObject *d = gp_dict_new(st);
    GpObject *o = d ? gp_obj_alloc(st, gp_type(st, GP_T_NAMESPACE), sizeof(GpNamespace)) : NULL;
    if (!o) {
        gp_xdecref(st, d);
        return NULL;
    }
    NS(o)->dict = d;
    return o;
}

int gp_namespace_set(GpState *st, GpObject *ns, const char *name, GpObject *value)
{
    if (!value)
        return -1;
    int rc = gp_dict_set_str(st, NS(ns)->dict, name, value);
    gp_decref(st, value);
    return rc;
}

static void ns_dealloc(GpState *st, GpObject *o)
{
    gp_xdecref(st, NS(o)->dict);
    gp_obj_free(st, o, sizeof(GpNamespace));
}

static int ns_traverse(GpObject *o, GpVisitFn visit, void *arg)
{
    return NS(o)->dict ? visit(NS(o)->dict, arg) : 0;
}

static GpObject *ns_repr(GpState *st, GpObject *o)
{
    GpStrBuf b;
    gp_strbuf_init(&b, st);
    gp_strbuf_add_ascii(&b, "namespace(");
    size_t pos = 0;
    GpObject *k, *v;
    for (int first = 1; gp_dict_next(NS(o)->dict, &pos, &k, &v); first = 0) {
        if (!first)
            gp_strbuf_add_ascii(&b, ", ");
        gp_strbuf_add_str(&b, k);
        gp_strbuf_add_cp(&b, '=');
        gp_strbuf_add_repr(&b, v);
    }
    gp_strbuf_add_cp(&b, ')');
    return gp_strbuf_finish(&b);
}

static GpObject *ns_richcompare(GpState *st, GpObject *a, GpObject *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || !gp_obj_is_instance_of_type(b, a->type))
        return gp_incref(st->not_implemented);
    return gp_obj_richcompare(st, NS(a)->dict, NS(b)->dict, op);
}

/* SimpleNamespace(**kwargs); positional arguments are refused as CPython */
static GpObject *ns_new(GpState *st, GpObject *type, GpObject *const *args, size_t nargs,
                        GpObject *kwnames)
{
    (void)type;
    if (nargs) {
        gp_err_format(st, gp_type(st, GP_T_TYPE_ERROR), "no positional arguments expected");
        return NULL;
    }
    GpObject *o = gp_namespace_new(st);
    size_t nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (size_t i = 0; o && i < nkw; i++)
        if (gp_dict_set(st, NS(o)->dict, gp_tuple_item(kwnames, i), args[i])) {
            gp_decref(st, o);
            o = NULL;
        }
    return o;
}

const GpType gp_namespace_template = {
    .name = "types.SimpleNamespace",
    .flags = GP_TF_GC | GP_TF_BASETYPE,
    .basicsize = sizeof(GpNamespace),
    .dealloc = ns_dealloc,
    .traverse = ns_traverse,
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .dictoffset = offsetof(GpNamespace, dict),
    .new_ = ns_new,
};
